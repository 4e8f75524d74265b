package org.cybersudoe.web.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.regex.Pattern;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.web.internal.problem.ProblemCatalog;

/**
 * Reads every integer query parameter ({@code int}, {@code long}, {@code short}, {@code byte}
 * and their wrappers) of every area's resources, so that a value that is not an integer
 * ({@code ?limit=abc}) or does not fit ({@code ?offset=99999999999}) is a 400 validation problem
 * naming the parameter, in the caller's language, like the paging checks of
 * {@link org.cybersudoe.core.paging.PageRequest}.
 *
 * <p>Without it, JAX-RS answers a query parameter it cannot convert with 404 (the spec treats
 * it as "no such resource"), which CXF raises as a bare {@code NotFoundException} that does not
 * say which parameter failed. A converter is asked for each parameter with its annotations, so
 * it knows the parameter's name, and CXF lets the {@link ValidationException} it throws reach
 * the problem mappers (only an {@link IllegalArgumentException} becomes the 404).
 *
 * <p>An empty value ({@code ?limit=}) counts as absent, as CXF counts it for the wrappers: null,
 * or for a primitive the {@code @DefaultValue} (zero without one). Path parameters keep JAX-RS's
 * 404: {@code /people/abc} names no record.
 */
final class QueryNumbers implements ParamConverterProvider {

    private static final ProblemCatalog TEXTS = ProblemCatalog.load();
    private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");

    /** The integer types read, each with its bounds. */
    private static final Map<Class<?>, long[]> BOUNDS = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        long[] bounds = BOUNDS.get(rawType);
        QueryParam query = annotation(annotations, QueryParam.class);
        if (bounds == null || query == null) {
            return null;
        }
        DefaultValue defaultValue = annotation(annotations, DefaultValue.class);
        return new Converter<>(rawType, query.value(), bounds[0], bounds[1],
                defaultValue == null ? null : defaultValue.value());
    }

    private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (type.isInstance(annotation)) {
                    return type.cast(annotation);
                }
            }
        }
        return null;
    }

    /**
     * The value of an integer query parameter {@code name} between {@code min} and {@code max}.
     *
     * @throws ValidationException naming {@code name} when {@code value} is not such an integer
     */
    static long parse(String name, String value, long min, long max) {
        String text = value.strip();
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException e) {
            if (!DIGITS.matcher(text).matches()) {
                throw new ValidationException(name, "invalid-value",
                        TEXTS.fieldText("must be an integer", "invalid-value.integer"));
            }
            // digits beyond even a long
            boolean negative = text.startsWith("-");
            throw outOfRange(name, !negative, negative ? min : max);
        }
        if (number > max) {
            throw outOfRange(name, true, max);
        }
        if (number < min) {
            throw outOfRange(name, false, min);
        }
        return number;
    }

    private static ValidationException outOfRange(String name, boolean tooLarge, long bound) {
        // the bound as digits, not as MessageFormat would group them (2,147,483,647)
        String limit = String.valueOf(bound);
        return tooLarge
                ? new ValidationException(name, "invalid-value", TEXTS.fieldText("must be at most " + limit, "invalid-value.at-most", limit))
                : new ValidationException(name, "invalid-value", TEXTS.fieldText("must be at least " + limit, "invalid-value.at-least", limit));
    }

    private static final class Converter<T> implements ParamConverter<T> {

        private final Class<T> type;
        private final String name;
        private final long min;
        private final long max;
        private final String defaultValue;

        Converter(Class<T> type, String name, long min, long max, String defaultValue) {
            this.type = type;
            this.name = name;
            this.min = min;
            this.max = max;
            this.defaultValue = defaultValue;
        }

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                if (!type.isPrimitive()) {
                    return null;
                }
                return box(defaultValue == null || defaultValue.isBlank() ? 0 : parse(name, defaultValue, min, max));
            }
            return box(parse(name, value, min, max));
        }

        @SuppressWarnings("unchecked")
        private T box(long number) {
            Object boxed;
            if (type == int.class || type == Integer.class) {
                boxed = (int) number;
            } else if (type == short.class || type == Short.class) {
                boxed = (short) number;
            } else if (type == byte.class || type == Byte.class) {
                boxed = (byte) number;
            } else {
                boxed = number;
            }
            return (T) boxed;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
