package org.cybersudoe.web.internal.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.cybersudoe.core.i18n.Language;

/**
 * An RFC 9457 problem document, as the edge writes it ({@code application/problem+json}) and
 * as the SOAP fault detail carries it.
 *
 * @param type the problem type URI, {@code https://cybersudoe.org/problems/<slug>}
 * @param title a short localized summary of the type
 * @param status the HTTP status
 * @param detail what happened this time
 * @param instance the request path
 * @param errors the offending fields, omitted when empty
 * @param correlationId the reference logged with an unexpected error (500 only)
 * @param slug the type's slug, for SOAP and logs; not written to JSON
 * @param language the language of title and texts; not written to JSON
 * @param headers response headers that go with the problem (a challenge, Allow); not written to JSON
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "correlationId"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<ProblemFieldError> errors, String correlationId,
        @JsonIgnore String slug, @JsonIgnore Language language, @JsonIgnore Map<String, String> headers) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
