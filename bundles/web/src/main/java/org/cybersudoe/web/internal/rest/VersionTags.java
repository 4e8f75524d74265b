package org.cybersudoe.web.internal.rest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.digest.Sha256;

/**
 * Gives every successful answer that is one versioned record (a record with a {@code version}
 * component, as every record an update checks) the header {@code ETag: "<version>-<digest>"},
 * which an update takes back in {@code If-Match} ({@link org.cybersudoe.web.RestParams#version}
 * reads the version before the dash). A GET whose {@code If-None-Match} names the tag the answer
 * still has is answered 304 without a body, so a client polling a record downloads it only when
 * it changed. The areas write nothing for it.
 * <p>
 * The digest is there because a version counts the changes an update makes, while an answer
 * may also show what other records say of it (an event's places taken, a company's contacts, the
 * names of a meeting's attendees): those move without the version, and a tag of the version alone would
 * tell a poller nothing changed.
 */
@Priority(Priorities.HEADER_DECORATOR)
final class VersionTags implements ContainerResponseFilter {

    /** Hex digits of the content's SHA-256 kept in the tag: enough to tell two states of one record apart. */
    private static final int DIGEST_DIGITS = 16;

    private final ObjectMapper mapper;

    VersionTags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Per class, the accessor of its {@code version} component, if it is a record that has one. */
    private final ClassValue<Optional<Method>> versionAccessors = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> kind = component.getType();
                if ("version".equals(component.getName()) && (kind == long.class || kind == Long.class || kind == int.class
                        || kind == Integer.class)) {
                    return Optional.of(component.getAccessor());
                }
            }
            return Optional.empty();
        }
    };

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 200 || response.getStatus() > 299 || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object entity = response.getEntity();
        Optional<String> tag = versionAccessors.get(entity.getClass()).flatMap(accessor -> tag(accessor, entity));
        if (tag.isEmpty()) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag.get());
        String method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.get())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    private Optional<String> tag(Method accessor, Object record) {
        Object version;
        try {
            version = accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
        if (version == null) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = mapper.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            // the writer fails the same way and answers with a problem: no tag to give
            return Optional.empty();
        }
        return Optional.of("\"" + version + "-" + Sha256.hex(content).substring(0, DIGEST_DIGITS) + "\"");
    }

    /**
     * RFC 9110's weak comparison, as If-None-Match uses: {@code *}, or any listed tag whose value,
     * {@code W/} or not, is {@code tag}'s.
     */
    static boolean matchesAny(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || (value.startsWith("W/") ? value.substring(2) : value).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
