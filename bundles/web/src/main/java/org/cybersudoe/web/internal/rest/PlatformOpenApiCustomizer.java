package org.cybersudoe.web.internal.rest;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.apache.cxf.jaxrs.openapi.OpenApiCustomizer;

/**
 * Completes the generated OpenAPI document: the servers entry follows the address the
 * document was fetched from, every operation needs HTTP Basic unless it is
 * {@link org.cybersudoe.web.Anonymous}, which then lists no security requirement, and every
 * operation lists the problem documents it can answer with ({@link ProblemResponses}); a POST or
 * PATCH that needs credentials takes an optional Idempotency-Key header ({@link IdempotencyKeyParameters}); an
 * answer that is a versioned record lists its ETag ({@link VersionTagParameters}).
 */
final class PlatformOpenApiCustomizer extends OpenApiCustomizer {

    /** The name of the security scheme in {@code components.securitySchemes}. */
    static final String BASIC_SCHEME = "basicAuth";

    private final Anonymity anonymity = new Anonymity();

    PlatformOpenApiCustomizer() {
        setDynamicBasePath(true);
    }

    @Override
    public void customize(OpenAPI openApi) {
        super.customize(openApi);
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BASIC_SCHEME)));
        markAnonymous(openApi);
        // after the security: an anonymous operation takes no key and lists no 401
        IdempotencyKeyParameters.addTo(openApi);
        VersionTagParameters.addTo(openApi);
        ProblemResponses.addTo(openApi);
    }

    private void markAnonymous(OpenAPI openApi) {
        if (cris == null || openApi.getPaths() == null) {
            return;
        }
        for (ClassResourceInfo cri : cris) {
            for (OperationResourceInfo ori : cri.getMethodDispatcher().getOperationResourceInfos()) {
                if (ori.getHttpMethod() == null
                        || !anonymity.isAnonymous(cri.getServiceClass(), ori.getAnnotatedMethod())) {
                    continue;
                }
                PathItem item = openApi.getPaths().get(path(cri.getURITemplate(), ori.getURITemplate()));
                if (item == null) {
                    continue;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                    if (operation.getKey().name().equalsIgnoreCase(ori.getHttpMethod())) {
                        operation.getValue().setSecurity(List.of());
                    }
                }
            }
        }
    }

    /** True for an operation marked anonymous here: it lists no security requirement (an empty list, not none). */
    static boolean isAnonymous(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }

    /** The OpenAPI path of a resource method: templates joined, regular expressions of parameters dropped. */
    static String path(URITemplate classTemplate, URITemplate methodTemplate) {
        String joined = "/" + (classTemplate == null ? "" : classTemplate.getValue()) + "/"
                + (methodTemplate == null ? "" : methodTemplate.getValue());
        String path = joined.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
