package org.cybersudoe.web.internal.rest;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.cybersudoe.web.internal.IdempotentRequests;

/**
 * The optional {@code Idempotency-Key} header of every POST and PATCH that needs credentials, in
 * the OpenAPI document ({@link IdempotencyFilter} is what honours it). Applying it again changes
 * nothing.
 */
final class IdempotencyKeyParameters {

    static final Set<PathItem.HttpMethod> KEYED = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PATCH);

    private IdempotencyKeyParameters() {
    }

    static void addTo(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
                if (isKeyed(entry.getKey(), entry.getValue()) && !VersionTagParameters.hasHeaderParameter(entry.getValue(), IdempotentRequests.HEADER)) {
                    entry.getValue().addParametersItem(parameter());
                }
            }
        }
    }

    /** A POST or PATCH that is not anonymous. */
    static boolean isKeyed(PathItem.HttpMethod method, Operation operation) {
        return KEYED.contains(method) && !PlatformOpenApiCustomizer.isAnonymous(operation);
    }

    private static Parameter parameter() {
        return new HeaderParameter().name(IdempotentRequests.HEADER).required(false)
                .description("A key of your choosing (1 to 255 visible ASCII characters, such as a UUID) that makes "
                        + "this request safe to send again: a retry with the same key and the same request within "
                        + "the keys' lifetime (24 hours unless configured) gets the first answer again, with the "
                        + "header Idempotent-Replayed: true, and runs nothing. The same key with a different "
                        + "request: 422. The same key while the first request has no answer yet: 409 with Retry-After.")
                .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[!-~]+$"));
    }
}
