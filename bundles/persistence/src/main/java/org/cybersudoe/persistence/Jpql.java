package org.cybersudoe.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.paging.SortOrder;

/**
 * Builds a filtered, sorted, paged JPQL query from whitelisted parts: conditions are written
 * by the area, values are always parameters, and only mapped properties sort. Not
 * thread-safe: one per query.
 */
public final class Jpql {

    private final String entity;
    private final String alias;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Jpql(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** Adds {@code condition} with its parameter, unless {@code value} is null (no filter). */
    public Jpql where(String condition, String param, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /**
     * Runs the count and the page query. {@code sortColumns} maps each sortable property to
     * its JPQL path; {@code defaultOrder} is used when the request has no sort and is always
     * appended as a tie-breaker.
     */
    public <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page, Map<String, String> sortColumns,
            String defaultOrder) {
        String from = " FROM " + entity + " " + alias + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<String> order = new ArrayList<>();
        for (SortOrder s : page.sort()) {
            String column = sortColumns.get(s.property());
            if (column != null) {
                order.add(column + (s.ascending() ? " ASC" : " DESC"));
            }
        }
        order.add(defaultOrder);
        TypedQuery<E> query = em.createQuery("SELECT " + alias + from + " ORDER BY " + String.join(", ", order), type);
        params.forEach(query::setParameter);
        List<E> items = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, page.offset(), page.limit(), total);
    }

    /**
     * A case-insensitive "contains" pattern for {@code LOWER(x) LIKE :p ESCAPE '\'}, with the
     * user's wildcards escaped; null for a blank text (no filter).
     */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
