package org.cybersudoe.web.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.Problems;

/**
 * The error answers of every operation in the OpenAPI document, added to whatever each area's
 * resources declare: the RFC 9457 problem document the edge writes
 * ({@link org.cybersudoe.web.internal.problem.Problem}) as the schema {@value #SCHEMA} in
 * {@code components.schemas}, and for each operation the statuses it can answer with it, as
 * {@code application/problem+json}:
 *
 * <ul>
 * <li>400 (invalid input), 403 (not allowed) and 500 (a fault of the server), always;</li>
 * <li>401 unless the operation is anonymous (it then lists no security requirement);</li>
 * <li>404 when its path has parameters (no such record);</li>
 * <li>409 for POST, PUT, PATCH and DELETE (a duplicate key, a stale version; for POST and PATCH,
 * also a request whose idempotency key has no answer yet);</li>
 * <li>422 for a POST or PATCH that needs credentials (an idempotency key used for another request);</li>
 * <li>413 and 415 when it takes a request body.</li>
 * </ul>
 *
 * A status an operation already declares (an {@code @ApiResponse} of the resource) is kept as
 * it is; the success answers Swagger describes ({@code default}) are kept too. Applying it again
 * to the same document changes nothing: CXF customizes the cached document on every request.
 */
final class ProblemResponses {

    /** The name of the problem document's schema, unless an area's type already has it. */
    static final String SCHEMA = "Problem";

    private static final Set<PathItem.HttpMethod> CHANGING = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private ProblemResponses() {
    }

    /** Adds the problem schema and the error responses of every operation of {@code openApi}. */
    static void addTo(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().isEmpty()) {
            return;
        }
        String ref = "#/components/schemas/" + addSchema(openApi);
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            boolean hasPathParameters = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                add(responses, "400", ref, "Invalid input: errors[].field names each offending field of the body, "
                        + "query or headers, errors[].code says why (required, invalid-value, unknown-field, malformed, "
                        + "too-deep, ...)");
                boolean anonymous = PlatformOpenApiCustomizer.isAnonymous(operation);
                if (!anonymous) {
                    if (add(responses, "401", ref, "No credentials, or wrong ones (HTTP Basic)")) {
                        responses.get("401").addHeaderObject("WWW-Authenticate",
                                new Header().description("The challenge: Basic realm=\"CyberSudoe\"").schema(new StringSchema()));
                    }
                }
                add(responses, "403", ref, "The caller may not do this, for example change another partner's record");
                if (hasPathParameters) {
                    add(responses, "404", ref, "No such record");
                }
                boolean keyed = IdempotencyKeyParameters.isKeyed(entry.getKey(), operation);
                if (CHANGING.contains(entry.getKey())) {
                    add(responses, "409", ref, "Conflict with stored data: a duplicate key, or a stale version "
                            + "(someone changed the record since it was read)"
                            + (keyed ? "; or a request with the same Idempotency-Key that has no answer yet (see Retry-After)" : ""));
                }
                if (keyed) {
                    add(responses, "422", ref, "The Idempotency-Key was used before for a different request");
                }
                if (operation.getRequestBody() != null) {
                    add(responses, "413", ref, "Request body too large");
                    add(responses, "415", ref, "The operation does not accept a body of this Content-Type");
                }
                add(responses, "500", ref, "A fault of the server: give the document's correlationId to the operator");
                operation.setResponses(responses);
            }
        }
    }

    /**
     * Adds the problem response of {@code status} to {@code responses}, unless the operation
     * declares one (its own, or this one, added before); true when it was added.
     */
    private static boolean add(ApiResponses responses, String status, String ref, String description) {
        if (responses.containsKey(status)) {
            return false;
        }
        responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(Problem.MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(ref)))));
        return true;
    }

    /**
     * Puts the problem schema in {@code components.schemas} and answers its name: {@value #SCHEMA},
     * or {@code Problem2}, ... when an area's type of that name is already there.
     */
    static String addSchema(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        Schema<?> problem = schema();
        String name = SCHEMA;
        for (int n = 2; components.getSchemas() != null && components.getSchemas().containsKey(name); n++) {
            if (problem.equals(components.getSchemas().get(name))) {
                return name;
            }
            name = SCHEMA + n;
        }
        components.addSchemas(name, problem);
        return name;
    }

    /** The problem document as {@link org.cybersudoe.web.internal.problem.Problem} writes it. */
    static Schema<?> schema() {
        ObjectSchema error = new ObjectSchema();
        error.description("One offending field");
        error.addProperty("field", new StringSchema().description(
                "The field's path in the request (members[2].role), body for the body as a whole, or the name of a "
                        + "query parameter or header").example("members[2].role"));
        error.addProperty("code", new StringSchema().description(
                "The stable reason: required, invalid-value, too-long, unknown-field, malformed, too-deep, too-large, ...")
                .example("invalid-value"));
        error.addProperty("detail", new StringSchema().description("The reason in the caller's language (Accept-Language)"));
        error.setRequired(List.of("field", "code", "detail"));

        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem document (application/problem+json); its texts are in the caller's "
                + "language (Accept-Language: fr, es, pt, en)");
        problem.addProperty("type", new StringSchema().format("uri")
                .description("The problem type, " + Problems.TYPE_BASE + "<type>")
                .example(Problems.TYPE_BASE + "validation"));
        problem.addProperty("title", new StringSchema().description("A short summary of the type"));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status").example(400));
        problem.addProperty("detail", new StringSchema().description("What happened this time"));
        problem.addProperty("instance", new StringSchema().description("The path of the request")
                .example("/api/v1/network/people/19"));
        problem.addProperty("errors", new ArraySchema().items(error)
                .description("The offending fields of a 400; absent when there are none"));
        problem.addProperty("correlationId", new StringSchema().description(
                "The reference of a 500 in the server's log, to give to the operator"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
