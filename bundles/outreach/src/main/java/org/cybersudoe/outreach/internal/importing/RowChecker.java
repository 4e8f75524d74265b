package org.cybersudoe.outreach.internal.importing;

import static org.cybersudoe.outreach.internal.OutreachTexts.MESSAGES;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.DirectoryRow;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.internal.directory.Checks;
import org.cybersudoe.outreach.internal.directory.Keys;

/**
 * Checks one row's cells on their own (no database): every offending cell is reported, under the
 * column name the file uses. Spreadsheet habits are accepted: dates as 2024-03-31 or 31/03/2024,
 * yes/no in the four languages, size classes and languages by their usual names.
 */
final class RowChecker {

    // strict, as the ISO form is: the default resolver would turn 31/02 into the last day of February
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("oui", true), Map.entry("non", false), Map.entry("si", true), Map.entry("sí", true),
            Map.entry("sim", true), Map.entry("nao", false), Map.entry("não", false), Map.entry("y", true), Map.entry("n", false));
    private static final Map<String, SizeClass> SIZES = Map.ofEntries(Map.entry("micro", SizeClass.MICRO),
            Map.entry("tpe", SizeClass.MICRO), Map.entry("microempresa", SizeClass.MICRO), Map.entry("small", SizeClass.SMALL),
            Map.entry("petite", SizeClass.SMALL), Map.entry("pequena", SizeClass.SMALL), Map.entry("pequeña", SizeClass.SMALL),
            Map.entry("medium", SizeClass.MEDIUM), Map.entry("moyenne", SizeClass.MEDIUM), Map.entry("mediana", SizeClass.MEDIUM),
            Map.entry("media", SizeClass.MEDIUM), Map.entry("média", SizeClass.MEDIUM));
    private static final Map<String, Language> COUNTRY_LANGUAGE = Map.of("FR", Language.FR, "ES", Language.ES,
            "PT", Language.PT, "BE", Language.FR, "LU", Language.FR, "AD", Language.ES);

    private final Columns columns;

    RowChecker(Columns columns) {
        this.columns = columns;
    }

    /** The row checked, or its errors (at least one). */
    Result check(DirectoryRow row) {
        List<RowError> errors = new ArrayList<>();
        int line = row.line();
        String name = text(row.companyName());
        String country = upper(row.country());
        if (name == null) {
            errors.add(error(line, "company_name", "required", MESSAGES.text("error.field.row.required")));
        } else if (name.length() > 200) {
            errors.add(error(line, "company_name", "too-long", MESSAGES.text("error.field.row.too-long", 200)));
        }
        if (country == null) {
            errors.add(error(line, "country", "required", MESSAGES.text("error.field.row.required")));
        } else {
            Checks.country(country).ifPresent(m -> errors.add(error(line, "country", "invalid-value", m)));
        }
        boolean countryOk = country != null && Checks.country(country).isEmpty();
        String nationalId = Keys.nationalId(row.nationalId());
        if (nationalId != null && countryOk) {
            Checks.nationalId(nationalId, country).ifPresent(m -> errors.add(error(line, "national_id", "invalid-value", m)));
        }
        String region = upper(row.region());
        if (region != null && countryOk) {
            Checks.region(region, country).ifPresent(m -> errors.add(error(line, "region", "invalid-value", m)));
        }
        String nace = null;
        if (text(row.nace()) != null) {
            nace = Checks.nace(row.nace()).orElse(null);
            if (nace == null) {
                errors.add(error(line, "nace", "invalid-value", MESSAGES.text("error.field.row.nace")));
            }
        }
        SizeClass size = null;
        if (text(row.size()) != null) {
            size = SIZES.get(row.size().strip().toLowerCase(Locale.ROOT));
            if (size == null) {
                errors.add(error(line, "size", "invalid-value", MESSAGES.text("error.field.size")));
            }
        }
        LocalDate founded = date(row.founded(), line, "founded", errors);
        if (founded != null && founded.isAfter(LocalDate.now())) {
            errors.add(error(line, "founded", "invalid-value", MESSAGES.text("error.field.in-the-future")));
        }
        Boolean woman = null;
        if (text(row.foundedByWoman()) != null) {
            woman = YES_NO.get(row.foundedByWoman().strip().toLowerCase(Locale.ROOT));
            if (woman == null) {
                errors.add(error(line, "founded_by_woman", "invalid-value", MESSAGES.text("error.field.row.yes-no")));
            }
        }
        String website = text(row.website());
        if (website != null) {
            if (!website.contains("://")) {
                website = "https://" + website;
            }
            String w = website;
            Checks.website(w).ifPresent(m -> errors.add(error(line, "website", "invalid-value", m)));
            if (website.length() > 300) {
                errors.add(error(line, "website", "too-long", MESSAGES.text("error.field.row.too-long", 300)));
            }
        }
        String contactName = text(row.contactName());
        String email = text(row.email());
        if (email != null && (email.length() > 254 || !Validator.isEmail(email))) {
            errors.add(error(line, "email", "invalid-value", MESSAGES.text("error.field.row.email")));
        }
        if (contactName != null && contactName.length() > 200) {
            errors.add(error(line, "contact_name", "too-long", MESSAGES.text("error.field.row.too-long", 200)));
        }
        if (email == null && nationalId == null) {
            errors.add(error(line, "email", "required", MESSAGES.text("error.field.row.email-or-national-id")));
        }
        Language language = null;
        if (text(row.language()) != null) {
            String code = row.language().strip().toLowerCase(Locale.ROOT);
            language = Language.fromCode(code).filter(l -> code.startsWith(l.code())).orElse(null);
            if (language == null) {
                errors.add(error(line, "language", "invalid-value", MESSAGES.text("error.field.language")));
            }
        } else if (countryOk) {
            language = COUNTRY_LANGUAGE.getOrDefault(country, Language.EN);
        }
        ConsentBasis basis = null;
        if (text(row.consentBasis()) != null) {
            basis = ConsentBasis.fromCode(row.consentBasis().strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (basis == null) {
                errors.add(error(line, "consent_basis", "invalid-value", MESSAGES.text("error.field.row.consent-basis")));
            }
        }
        LocalDate consentDate = date(row.consentDate(), line, "consent_date", errors);
        if (consentDate != null && consentDate.isAfter(LocalDate.now())) {
            errors.add(error(line, "consent_date", "invalid-value", MESSAGES.text("error.field.in-the-future")));
        }
        String source = text(row.consentSource());
        if (source != null && source.length() > 200) {
            errors.add(error(line, "consent_source", "too-long", MESSAGES.text("error.field.row.too-long", 200)));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new CheckedRow(line, name, Keys.name(name), nationalId, country, region, nace, size, founded, woman,
                website, contactName, email, Keys.email(email), language, basis, consentDate, source), List.of());
    }

    /** The outcome of {@link #check}: a row or its errors. */
    record Result(CheckedRow row, List<RowError> errors) {
    }

    /** An error under the column name the file uses, worded in every language (stored so with the import). */
    RowError error(int line, String column, String code, LocalizedText text) {
        return new RowError(line, columns.header(column), code, text);
    }

    private LocalDate date(String cell, int line, String column, List<RowError> errors) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(error(line, column, "invalid-value", MESSAGES.text("error.field.row.date")));
            return null;
        }
    }

    private static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        return s.isEmpty() ? null : s;
    }

    private static String upper(String cell) {
        String s = text(cell);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

}
