package org.cybersudoe.core.paging;

import java.util.ArrayList;
import java.util.List;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * One sort key.
 *
 * @param property the property to sort by, one the service lists as sortable; never null
 * @param ascending true for ascending
 */
public record SortOrder(String property, boolean ascending) {

    /**
     * Parses the query syntax every list endpoint takes: {@code name,-date} sorts by name
     * ascending then date descending. Each property must be one of {@code allowed};
     * otherwise a {@link ValidationException} names the {@code sort} field.
     */
    public static List<SortOrder> parse(String sort, List<String> allowed) {
        List<SortOrder> orders = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return orders;
        }
        for (String part : sort.split(",")) {
            String p = part.trim();
            boolean ascending = !p.startsWith("-");
            String property = p.startsWith("-") || p.startsWith("+") ? p.substring(1) : p;
            if (!allowed.contains(property)) {
                throw new ValidationException(List.of(new FieldError("sort", "invalid-value",
                        CoreTexts.MESSAGES.text("field.sort", property, String.join(", ", allowed)))));
            }
            orders.add(new SortOrder(property, ascending));
        }
        return orders;
    }
}
