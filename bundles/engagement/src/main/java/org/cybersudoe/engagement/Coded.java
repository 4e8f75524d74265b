package org.cybersudoe.engagement;

import java.util.Optional;

/** Enumerations of this area travel as lower-case codes (REST, SOAP, console, database). */
final class Coded {

    private Coded() {
    }

    static <E extends Enum<E>> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase().replace('_', '-').equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }
}
