package org.cybersudoe.web.internal.rest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;

import org.apache.cxf.jaxrs.impl.MetadataMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;

/**
 * Says in {@code Allow} which methods the requested path answers to, on a 405 and on an answer to
 * {@code OPTIONS}. CXF lists there every method of every resource class whose path starts the
 * same way, so {@code /v1/network/structures} claimed DELETE and PUT, which only
 * {@code /v1/network/structures/{code}} and other classes take, and a client that believed it got
 * another 405.
 */
final class AllowedMethods implements ContainerResponseFilter {

    private static final String ALLOW = "Allow";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(ALLOW)) {
            return;
        }
        Message message = JAXRSUtils.getCurrentMessage();
        List<ClassResourceInfo> roots = message == null ? null : JAXRSUtils.getRootResources(message);
        if (roots == null) {
            return;
        }
        Set<String> allowed = at("/" + request.getUriInfo().getPath(false), roots);
        if (!allowed.isEmpty()) {
            response.getHeaders().putSingle(ALLOW, String.join(", ", allowed));
        }
    }

    /**
     * The methods of the resource methods whose whole path matches {@code path}, with HEAD where
     * there is GET and OPTIONS, which every path answers; empty when no resource method matches.
     */
    static Set<String> at(String path, List<ClassResourceInfo> roots) {
        Set<String> methods = new TreeSet<>();
        for (ClassResourceInfo root : roots) {
            MultivaluedMap<String, String> values = new MetadataMap<>();
            if (root.getURITemplate() == null || !root.getURITemplate().match(path, values)) {
                continue;
            }
            String rest = values.getFirst(URITemplate.FINAL_MATCH_GROUP);
            for (OperationResourceInfo operation : root.getMethodDispatcher().getOperationResourceInfos()) {
                if (operation.getHttpMethod() != null && matchesWhole(operation.getURITemplate(), rest)) {
                    methods.add(operation.getHttpMethod());
                }
            }
        }
        if (methods.isEmpty()) {
            return methods;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return methods;
    }

    private static boolean matchesWhole(URITemplate template, String rest) {
        if (template == null || "/".equals(template.getValue())) {
            return isEnd(rest);
        }
        MultivaluedMap<String, String> values = new MetadataMap<>();
        return rest != null && template.match(rest, values) && isEnd(values.getFirst(URITemplate.FINAL_MATCH_GROUP));
    }

    private static boolean isEnd(String rest) {
        return rest == null || rest.isEmpty() || "/".equals(rest);
    }
}
