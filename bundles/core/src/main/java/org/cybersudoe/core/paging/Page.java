package org.cybersudoe.core.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A slice of a list and the size of the whole list.
 *
 * @param items the items of this slice; never null
 * @param offset the offset asked for
 * @param limit the limit asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The same page with its items mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total);
    }

    /** Slices an in-memory list (already sorted) by a request. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request.offset(), request.limit(), all.size());
    }
}
