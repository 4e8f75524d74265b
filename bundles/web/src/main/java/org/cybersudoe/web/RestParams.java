package org.cybersudoe.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.web.internal.problem.ProblemCatalog;

/**
 * How every area's REST resources read request parameters and answer a creation, so that a bad
 * parameter gets the same 400 problem naming it everywhere.
 */
public final class RestParams {

    private static final ProblemCatalog TEXTS = ProblemCatalog.load();

    private RestParams() {
    }

    /** The page asked for with {@code ?offset=&limit=&sort=}; only {@code sortable} properties sort. */
    public static PageRequest page(Integer offset, Integer limit, String sort, List<String> sortable) {
        return PageRequest.of(offset, limit, sort, sortable);
    }

    /**
     * A parameter naming a value by its code; null when absent; a 400 naming {@code param} and
     * listing what is {@code expected} when unknown, in English only: the overload taking the
     * area's text says it in the caller's language.
     */
    public static <E> E code(String param, String value, Function<String, Optional<E>> parse, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(() -> new ValidationException(param, "invalid-value", "must be " + expected));
    }

    /**
     * As {@link #code(String, String, Function, String)}, the 400 saying what is expected in the
     * caller's language: {@code text} is the area's sentence ("must be partner, associated or
     * informed") from its catalog, built only when the value is unknown.
     */
    public static <E> E code(String param, String value, Function<String, Optional<E>> parse, Supplier<LocalizedText> text) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(() -> new ValidationException(param, "invalid-value", text.get()));
    }

    /** An ISO date parameter ({@code 2010-06-17}); null when absent; a 400 naming {@code param} otherwise. */
    public static LocalDate date(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(param, "invalid-value",
                    TEXTS.fieldText("must be a date such as 2010-06-17", "invalid-value.date"));
        }
    }

    /** 201 Created with the new resource's address ({@code <request path>/<id>}) and body. */
    public static Response created(UriInfo uri, Object id, Object body) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(body).build();
    }

    /**
     * The version the client read, which an update must send back (in the body or an If-Match
     * header) so that a concurrent change is not overwritten. Both may be given, and must then
     * agree: a body saying 3 under {@code If-Match: 2} is a 400 naming {@code version}, for the
     * update could otherwise pass a check the client meant to fail. {@code If-Match: *} names no
     * version, so the body's is taken.
     *
     * @param fromBody the {@code version} of the body (or of {@code ?version=}), null when absent
     * @param ifMatch the If-Match header ({@code 7}, {@code "7"}, {@code W/"7"} or the record's ETag
     *     {@code "7-<digest>"}), null when absent
     * @throws ValidationException naming {@code If-Match} when the header is not a version,
     *     {@code version} when neither gives one or when the two differ
     */
    public static long version(Long fromBody, String ifMatch) {
        boolean hasHeader = ifMatch != null && !ifMatch.isBlank();
        if (fromBody != null && (!hasHeader || ifMatch.strip().equals("*"))) {
            return fromBody;
        }
        if (hasHeader) {
            long fromHeader;
            try {
                fromHeader = Long.parseLong(versionOfTag(ifMatch));
                if (fromHeader < 0) {
                    throw new NumberFormatException("a version is never negative");
                }
            } catch (NumberFormatException e) {
                throw new ValidationException("If-Match", "invalid-value",
                        TEXTS.fieldText("must be the record's version", "invalid-value.version"));
            }
            if (fromBody != null && fromBody != fromHeader) {
                // digits, not a number MessageFormat would group (1,234)
                String header = String.valueOf(fromHeader);
                throw new ValidationException("version", "invalid-value", TEXTS.fieldText(
                        "differs from the version in the If-Match header (" + header + ")", "invalid-value.version-mismatch",
                        header));
            }
            return fromHeader;
        }
        throw new ValidationException("version", "required", TEXTS.fieldText(
                "send the version you read (in the body or an If-Match header) so a concurrent change is not overwritten",
                "required.version"));
    }

    /**
     * The version an entity tag names: {@code 7}, {@code "7"}, {@code W/"7"}, or the ETag a record
     * was answered with, {@code "7-<digest>"}.
     */
    private static String versionOfTag(String tag) {
        String value = tag.replace("W/", "").replace("\"", "").strip();
        int dash = value.indexOf('-');
        return dash > 0 ? value.substring(0, dash) : value;
    }

    /** The language the request asks for (Accept-Language), with the platform's fallback. */
    public static Language language(HttpHeaders headers) {
        return Messages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
