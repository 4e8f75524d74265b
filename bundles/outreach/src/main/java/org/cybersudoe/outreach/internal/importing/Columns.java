package org.cybersudoe.outreach.internal.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.internal.OutreachTexts;

/**
 * Maps a file's header to the import's columns. A header cell is recognised by its canonical
 * name or by a usual name in French, Spanish, Portuguese or English, case, accents, spaces and
 * dashes ignored ({@code "Raison sociale"}, {@code "Correo electrónico"}, {@code "E-mail"}).
 */
final class Columns {

    private static final Map<String, String> ALIASES = aliases();

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        alias(aliases, "company_name", "company", "name", "nom", "raison_sociale", "entreprise", "societe", "empresa", "nombre",
                "razon_social", "nome", "denominacao", "denominacion");
        alias(aliases, "national_id", "siren", "siret", "nif", "cif", "nipc", "vat", "company_id", "identifiant", "id_fiscal");
        alias(aliases, "country", "pays", "pais", "country_code");
        alias(aliases, "region", "nuts", "nuts2", "nuts_ii", "nuts_region", "regiao", "region_nuts");
        alias(aliases, "nace", "nace_code", "naf", "code_naf", "cnae", "cae", "activity", "activite", "actividad", "atividade");
        alias(aliases, "size", "size_class", "taille", "tamano", "dimensao", "dimension");
        alias(aliases, "founded", "founded_on", "date_creation", "creation", "fecha_constitucion", "fecha_creacion",
                "data_constituicao", "data_criacao");
        alias(aliases, "founded_by_woman", "woman_founded", "fondee_par_une_femme", "creee_par_une_femme", "fundada_por_una_mujer",
                "fundada_por_uma_mulher");
        alias(aliases, "website", "web", "site", "site_web", "site_internet", "sitio_web", "pagina_web", "url");
        alias(aliases, "contact_name", "contact", "nom_contact", "contacto", "persona_contacto", "nome_contacto");
        alias(aliases, "email", "e_mail", "mail", "courriel", "adresse_email", "correo", "correo_electronico", "email_address");
        alias(aliases, "language", "lang", "langue", "idioma", "lingua");
        alias(aliases, "consent_basis", "consent", "base_consentement", "consentement", "consentimiento", "consentimento");
        alias(aliases, "consent_date", "date_consentement", "fecha_consentimiento", "data_consentimento");
        alias(aliases, "consent_source", "source", "origine", "fuente", "origen", "origem");
        return Map.copyOf(aliases);
    }

    private static void alias(Map<String, String> aliases, String canonical, String... names) {
        aliases.put(canonical, canonical);
        for (String name : names) {
            aliases.put(name, canonical);
        }
    }

    /** canonical column → position in the row */
    private final Map<String, Integer> positions;
    /** canonical column → the header as the file wrote it, for error reports */
    private final Map<String, String> headers;

    private Columns(Map<String, Integer> positions, Map<String, String> headers) {
        this.positions = positions;
        this.headers = headers;
    }

    /**
     * Reads a header; fails (nothing imported) when a cell is unknown or repeats a column, or when
     * {@code company_name}, {@code country} or both {@code email} and {@code national_id} are missing.
     */
    static Columns of(List<String> header) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            String canonical = ALIASES.get(fold(cell));
            if (canonical == null) {
                errors.add(new FieldError("line 1: " + cell, "unknown-column",
                        OutreachTexts.MESSAGES.text("error.field.column-unknown", String.join(", ", ImportService.COLUMNS))));
            } else if (positions.putIfAbsent(canonical, i) != null) {
                errors.add(new FieldError("line 1: " + cell, "repeated-column",
                        OutreachTexts.MESSAGES.text("error.field.column-repeated", canonical, headers.get(canonical))));
            } else {
                headers.put(canonical, cell);
            }
        }
        for (String required : List.of("company_name", "country")) {
            if (!positions.containsKey(required)) {
                errors.add(new FieldError("line 1: " + required, "missing-column",
                        OutreachTexts.MESSAGES.text("error.field.column-missing", required)));
            }
        }
        if (!positions.containsKey("email") && !positions.containsKey("national_id")) {
            errors.add(new FieldError("line 1: email", "missing-column", OutreachTexts.MESSAGES.text("error.field.column-key")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Columns(positions, headers);
    }

    /** The columns a batch of rows sent by a system has: all of them, under their canonical names. */
    static Columns canonical() {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < ImportService.COLUMNS.size(); i++) {
            positions.put(ImportService.COLUMNS.get(i), i);
            headers.put(ImportService.COLUMNS.get(i), ImportService.COLUMNS.get(i));
        }
        return new Columns(positions, headers);
    }

    /** The cell of {@code column} in {@code record}, or null when the file has no such column or the row is short. */
    String cell(List<String> record, String column) {
        Integer at = positions.get(column);
        return at == null || at >= record.size() ? null : record.get(at);
    }

    /** The column as the file names it. */
    String header(String column) {
        return headers.getOrDefault(column, column);
    }

    private static String fold(String cell) {
        String s = Normalizer.normalize(cell, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
