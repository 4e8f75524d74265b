package org.cybersudoe.network.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.paging.SortOrder;

/** Builds a filtered, sorted, paged JPQL query from whitelisted parts. Not thread-safe: one per query. */
final class Jpql {

    private final String entity;
    private final String alias;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    Jpql(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    Jpql where(String condition, String param, Object value) {
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
    <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page, Map<String, String> sortColumns,
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

    static String like(String text) {
        String t = Checks.clean(text);
        return t == null ? null : "%" + t.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
