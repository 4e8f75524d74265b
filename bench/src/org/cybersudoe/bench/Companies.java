package org.cybersudoe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.cybersudoe.outreach.internal.directory.Checks;

/**
 * Realistic synthetic companies and contacts across the 9 partners' regions and languages, as
 * the CSV a partner imports: names in the region's language with its legal forms, national ids
 * with valid check digits, NACE codes of the SMEs the programme targets, size classes in the
 * proportions of SMEs (mostly micro), founding dates, consent as each country allows. The same
 * seed gives the same file.
 *
 *   java org.cybersudoe.bench.Companies FILE ROWS [FIRST_ROW]   (rows spread over the 9 partners)
 */
public final class Companies {

    /** partner, country, NUTS II regions, language */
    record Partner(String code, String country, List<String> regions, String language) {
    }

    static final List<Partner> PARTNERS = List.of(
            new Partner("cybermassif", "FR", List.of("FR72", "FR63", "FR81"), "fr"),
            new Partner("transferts-lr", "FR", List.of("FR81"), "fr"),
            new Partner("cci-bordeaux", "FR", List.of("FR61"), "fr"),
            new Partner("fib", "ES", List.of("ES42"), "es"),
            new Partner("ceei-burgos", "ES", List.of("ES41"), "es"),
            new Partner("leitat", "ES", List.of("ES51"), "es"),
            new Partner("cci-gijon", "ES", List.of("ES12"), "es"),
            new Partner("cederna-garalur", "ES", List.of("ES22"), "es"),
            new Partner("ciebi", "PT", List.of("PT16"), "pt"));

    static final String HEADER = "company_name,national_id,country,region,nace,size,founded,founded_by_woman,website,"
            + "contact_name,email,language,consent_basis,consent_date,consent_source";

    private static final String[] FR_WORDS = {"Boulangerie", "Menuiserie", "Atelier", "Fromagerie", "Transports", "Garage",
        "Hôtel", "Imprimerie", "Domaine", "Bureau d'études", "Électricité", "Pharmacie", "Librairie", "Scierie"};
    private static final String[] ES_WORDS = {"Panadería", "Carpintería", "Talleres", "Quesería", "Transportes", "Bodegas",
        "Hostal", "Imprenta", "Construcciones", "Ingeniería", "Conservas", "Ferretería", "Cerámicas", "Asesoría"};
    private static final String[] PT_WORDS = {"Padaria", "Carpintaria", "Oficina", "Queijaria", "Transportes", "Adega",
        "Pensão", "Tipografia", "Construções", "Engenharia", "Conservas", "Ferragens", "Cerâmica", "Contabilidade"};
    private static final String[] FR_NAMES = {"Dubois", "Martin", "Lefèvre", "Roux", "Fournier", "Girard", "Bonnet", "Mercier"};
    private static final String[] ES_NAMES = {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"};
    private static final String[] PT_NAMES = {"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"};
    private static final String[] FIRST = {"Anne", "Pierre", "Zoé", "Lucía", "Javier", "Begoña", "João", "Inês", "Rui", "Marta"};
    private static final String[] NACE = {"10.71", "16.23", "25.62", "10.51", "49.41", "45.20", "55.10", "18.12", "11.02",
        "71.12", "43.21", "47.73", "47.61", "16.10", "62.01", "69.20", "56.10", "01.21"};

    private Companies() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 0);
    }

    /** Writes rows {@code first} to {@code first + rows - 1} of the series, row n going to partner n mod 9. */
    static void write(Path file, int rows, int first) throws IOException {
        write(file, rows, first, null);
    }

    /** The same, keeping only the rows of {@code partner} (all when null). */
    static void write(Path file, int rows, int first, Partner partner) throws IOException {
        Random random = new Random(20261123L + first);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\n");
            for (int n = first; n < first + rows; n++) {
                Partner p = PARTNERS.get(n % PARTNERS.size());
                // drawn for every row, so a partner's file holds the same rows as the combined one
                String row = row(n, p, random);
                if (partner == null || partner.equals(p)) {
                    out.write(row);
                    out.write("\n");
                }
            }
        }
    }

    private static String row(int n, Partner p, Random r) {
        String[] words = switch (p.language()) {
            case "fr" -> FR_WORDS;
            case "es" -> ES_WORDS;
            default -> PT_WORDS;
        };
        String[] names = switch (p.language()) {
            case "fr" -> FR_NAMES;
            case "es" -> ES_NAMES;
            default -> PT_NAMES;
        };
        String legal = switch (p.country()) {
            case "FR" -> r.nextBoolean() ? " SARL" : " SAS";
            case "ES" -> r.nextBoolean() ? " S.L." : " S.A.";
            default -> " Lda";
        };
        String family = names[r.nextInt(names.length)];
        String company = words[r.nextInt(words.length)] + " " + family + " " + n + legal;
        String id = nationalId(p.country(), n);
        String region = p.regions().get(r.nextInt(p.regions().size()));
        String nace = NACE[r.nextInt(NACE.length)];
        int roll = r.nextInt(100);
        String size = roll < 82 ? "micro" : roll < 96 ? "small" : "medium";
        LocalDate founded = LocalDate.of(1960 + r.nextInt(64), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String woman = r.nextInt(100) < 30 ? "yes" : r.nextInt(100) < 80 ? "no" : "";
        String slug = "company" + n;
        String website = r.nextInt(100) < 60 ? "https://www." + slug + ".example" : "";
        String contact = FIRST[r.nextInt(FIRST.length)] + " " + names[r.nextInt(names.length)];
        String email = "contact" + n + "@" + slug + ".example";
        String basis = "FR".equals(p.country()) && r.nextInt(100) < 40 ? "informed" : "consent";
        LocalDate consent = LocalDate.of(2023 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return String.join(",", quote(company), id, p.country(), region, nace, size, founded.toString(), woman, website,
                quote(contact), email, p.language(), basis, consent.toString(), "salon " + p.code());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A national id with a valid check digit: SIREN (Luhn) in France, CIF in Spain, NIPC (mod 11) in Portugal. */
    static String nationalId(String country, int n) {
        switch (country) {
            case "ES":
                return "B" + String.format("%07d", n % 10_000_000) + (n % 10);
            default: {
                // the check digit that the platform's own check accepts
                String base = "FR".equals(country) ? String.format("%08d", 10_000_000 + n) : "5" + String.format("%07d", n % 10_000_000);
                for (int d = 0; d <= 9; d++) {
                    if (Checks.nationalId(base + d, country).isEmpty()) {
                        return base + d;
                    }
                }
                throw new IllegalStateException("no check digit for " + base);
            }
        }
    }
}
