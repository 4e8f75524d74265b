package org.cybersudoe.network.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;

/** Small helpers shared by the network's resources. */
final class Rest {

    private Rest() {
    }

    static PageRequest page(Integer offset, Integer limit, String sort, List<String> sortable) {
        return PageRequest.of(offset, limit, sort, sortable);
    }

    /** A query parameter naming an enumeration value by code; a bad value names the parameter. */
    static <E> E code(String param, String value, Function<String, Optional<E>> parse, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(() -> new ValidationException(param, "invalid-value", "must be " + expected));
    }

    static LocalDate date(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(param, "invalid-value", "must be a date such as 2010-06-17");
        }
    }

    /** 201 Created with the new resource's address and body. */
    static Response created(UriInfo uri, Object id, Object body) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(body).build();
    }

    /** A version the client must send back for an update, from the body or an If-Match header. */
    static long version(Long fromBody, String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("If-Match", "invalid-value", "must be the record's version");
            }
        }
        throw new ValidationException("version", "required",
                "send the version you read (in the body or an If-Match header) so a concurrent change is not overwritten");
    }

    static <T, R> Page<R> map(Page<T> page, Function<T, R> mapper) {
        return page.map(mapper);
    }
}
