package org.cybersudoe.web.internal.rest;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cybersudoe.web.Anonymous;

/**
 * Decides whether a resource method answers without credentials: marked {@link Anonymous}
 * on the method or the class (or on what they override or implement), or one of the
 * OpenAPI / Swagger UI resources. Answers are cached per method.
 */
final class Anonymity {

    private static final String[] PUBLIC_PACKAGES = {
        "io.swagger.v3.jaxrs2.integration.resources.", // GET /api/openapi.json
        "org.apache.cxf.jaxrs.swagger.ui.", // GET /api/api-docs/...
        "org.apache.cxf.jaxrs.openapi.",
    };

    private final Map<Method, Boolean> cache = new ConcurrentHashMap<>();

    boolean isAnonymous(Class<?> resourceClass, Method method) {
        if (resourceClass == null || method == null) {
            return false;
        }
        return cache.computeIfAbsent(method, m -> compute(resourceClass, m));
    }

    private static boolean compute(Class<?> resourceClass, Method method) {
        for (String prefix : PUBLIC_PACKAGES) {
            if (resourceClass.getName().startsWith(prefix) || method.getDeclaringClass().getName().startsWith(prefix)) {
                return true;
            }
        }
        return marked(resourceClass, method.getName(), method.getParameterTypes())
                || marked(method.getDeclaringClass(), method.getName(), method.getParameterTypes());
    }

    private static boolean marked(Class<?> type, String name, Class<?>[] parameters) {
        if (type == null || type == Object.class) {
            return false;
        }
        if (type.isAnnotationPresent(Anonymous.class)) {
            return true;
        }
        try {
            if (type.getDeclaredMethod(name, parameters).isAnnotationPresent(Anonymous.class)) {
                return true;
            }
        } catch (NoSuchMethodException notHere) {
            // declared higher up
        }
        for (Class<?> contract : type.getInterfaces()) {
            if (marked(contract, name, parameters)) {
                return true;
            }
        }
        return marked(type.getSuperclass(), name, parameters);
    }
}
