package org.cybersudoe.core.paging;

import java.util.List;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * Which slice of a list to return, in which order: the one paging model of every list on
 * every surface ({@code ?offset=0&limit=50&sort=name,-date} in REST).
 *
 * @param offset how many items to skip; at least 0
 * @param limit how many items at most; 1 to {@link #MAX_LIMIT}
 * @param sort sort keys, first is most significant; never null
 */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        new Validator()
                .check(offset >= 0, "offset", "invalid-value", () -> CoreTexts.MESSAGES.text("field.offset"))
                .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "invalid-value", () -> CoreTexts.MESSAGES.text("field.limit", MAX_LIMIT))
                .throwIfInvalid();
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** The first page with the default size and no sort. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT, List.of());
    }

    /** Builds a request from optional query values, checking sort keys against {@code sortable}. */
    public static PageRequest of(Integer offset, Integer limit, String sort, List<String> sortable) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit,
                SortOrder.parse(sort, sortable));
    }
}
