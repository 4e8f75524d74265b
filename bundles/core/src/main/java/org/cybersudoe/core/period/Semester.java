package org.cybersudoe.core.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * A half-year, the programme's reporting period: {@code 2010-S1} runs January to June,
 * {@code 2010-S2} July to December. Immutable and ordered.
 *
 * @param year the calendar year
 * @param half 1 or 2
 */
public record Semester(int year, int half) implements Comparable<Semester> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-S([12])");

    public Semester {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    /** Parses {@code YYYY-S1} or {@code YYYY-S2}; a {@link ValidationException} names {@code field} otherwise. */
    public static Semester parse(String text, String field) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new ValidationException(List.of(new FieldError(field, "invalid-value", CoreTexts.MESSAGES.text("field.semester"))));
        }
        return new Semester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The semester a date falls in. */
    public static Semester of(LocalDate date) {
        return new Semester(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Semester next() {
        return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    /** Every semester that overlaps the period from {@code start} to {@code end}, inclusive. */
    public static List<Semester> between(LocalDate start, LocalDate end) {
        List<Semester> result = new ArrayList<>();
        for (Semester s = of(start); !s.firstDay().isAfter(end); s = s.next()) {
            result.add(s);
        }
        return result;
    }

    @Override
    public int compareTo(Semester other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return year + "-S" + half;
    }
}
