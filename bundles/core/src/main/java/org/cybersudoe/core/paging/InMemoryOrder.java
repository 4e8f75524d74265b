package org.cybersudoe.core.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sort properties of a list that a service hands over whole (the committees, a programme's
 * work packages, a document's versions), so that such a list takes {@code sort=} and answers a
 * {@link Page} exactly like a list the database sorts. Each property names a comparator; the
 * list's own order breaks ties and applies when no sort is asked for. Immutable.
 */
public final class InMemoryOrder<T> {

    private final List<String> properties;
    private final List<Comparator<? super T>> comparators;

    private InMemoryOrder(List<String> properties, List<Comparator<? super T>> comparators) {
        this.properties = List.copyOf(properties);
        this.comparators = List.copyOf(comparators);
    }

    /** An order with one sort property. */
    public static <T> InMemoryOrder<T> by(String property, Comparator<? super T> comparator) {
        return new InMemoryOrder<T>(List.of(), List.of()).then(property, comparator);
    }

    /** This order with one more sort property. */
    public InMemoryOrder<T> then(String property, Comparator<? super T> comparator) {
        if (properties.contains(property)) {
            throw new IllegalArgumentException("sort property given twice: " + property);
        }
        List<String> p = new ArrayList<>(properties);
        List<Comparator<? super T>> c = new ArrayList<>(comparators);
        p.add(property);
        c.add(comparator);
        return new InMemoryOrder<>(p, c);
    }

    /** The property names, in the order they were given (for {@link PageRequest#of}). */
    public List<String> properties() {
        return properties;
    }

    /**
     * The page {@code ?offset=&limit=&sort=} ask for of {@code all}; a value out of bounds, or a
     * sort property not among {@link #properties()}, is bad input naming its parameter.
     */
    public Page<T> page(List<T> all, Integer offset, Integer limit, String sort) {
        return page(all, PageRequest.of(offset, limit, sort, properties));
    }

    /**
     * The page {@code request} asks for of {@code all}, sorted by the request's sort keys, each
     * of which must be one of {@link #properties()}. {@code all} itself is not changed.
     */
    public Page<T> page(List<T> all, PageRequest request) {
        List<T> sorted = new ArrayList<>(all);
        Comparator<T> order = null;
        for (SortOrder key : request.sort()) {
            int index = properties.indexOf(key.property());
            if (index < 0) {
                throw new IllegalArgumentException("not a sort property of this list: " + key.property());
            }
            Comparator<T> one = comparators.get(index)::compare;
            one = key.ascending() ? one : one.reversed();
            order = order == null ? one : order.thenComparing(one);
        }
        if (order != null) {
            // List.sort is stable: items equal on every key keep the list's own order.
            sorted.sort(order);
        }
        return Page.slice(sorted, request);
    }
}
