package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.CYBERMASSIF_STAFF;
import static org.cybersudoe.outreach.internal.Area.FIB_STAFF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.DirectoryRow;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.ImportStatus;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.SizeClass;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ImportTest {

    private static final String HEADER = "company_name,national_id,country,region,nace,size,founded,founded_by_woman,website,"
            + "contact_name,email,language,consent_basis,consent_date,consent_source";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Area area;

    @After
    public void close() {
        if (area != null) {
            area.close();
        }
    }

    @Test
    public void aFrenchSpreadsheetExportIsReadWithItsAccentsAndItsOwnColumnNames() throws IOException {
        area = Area.fresh("import-fr", 500);
        // Excel's "CSV (séparateur: point-virgule)" on a French Windows: Windows-1252, semicolons, day-first dates
        Path file = write("annuaire.csv", Charset.forName("windows-1252"),
                "Raison sociale;SIREN;Pays;Région NUTS;Code NAF;Taille;Date création;Fondée par une femme;Site web;Contact;Courriel;Langue;Consentement;Date consentement",
                "Hôtellerie Cévenole SARL;552 100 554;FR;FRJ1;I55.10;micro;01/02/2015;oui;www.cevenole.example;Zoé Lefèvre;Zoe.Lefevre@Cevenole.example;fr;informed;15/03/2024");
        ImportReport report = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "annuaire.csv", ImportProgress.NONE);

        assertEquals(report.errors().toString(), 0, report.rejected());
        assertEquals(1, report.companiesCreated());
        assertEquals(1, report.contactsCreated());
        Company c = area.directory.companies(CYBERMASSIF_STAFF, CompanyQuery.all(), PageRequest.first()).items().get(0);
        assertEquals("Hôtellerie Cévenole SARL", c.name());
        assertEquals("552100554", c.nationalId());
        assertEquals("55.10", c.nace());
        assertEquals(SizeClass.MICRO, c.size());
        assertEquals("2015-02-01", c.founded().toString());
        assertEquals(Boolean.TRUE, c.foundedByWoman());
        assertEquals("https://www.cevenole.example", c.website());
        Contact k = area.directory.contacts(CYBERMASSIF_STAFF, c.id()).get(0);
        assertEquals("Zoé Lefèvre", k.name());
        assertEquals(Language.FR, k.language());
        assertEquals("annuaire.csv", k.consent().source());
    }

    @Test
    public void badRowsAreReportedByLineAndColumnWhileGoodRowsGoIn() throws IOException {
        area = Area.fresh("import-bad", 500);
        Path file = write("mixed.csv", StandardCharsets.UTF_8, HEADER,
                "Bodegas Ejemplo S.L.,B12345674,ES,ES41,11.02,small,,,,Ana Ruiz,ana@bodegas.example,es,consent,2024-01-10,feria",
                "No Country Ltd,,,,,,,,,Bob,bob@example.org,en,consent,2024-01-10,form",
                "Bad Siren,12345678,FR,FRJ1,,huge,,,,Carl,not-an-address,fr,consent,2024-01-10,form",
                "",
                "\"Multi \"\"line\"\" Lda\",501442600,PT,PT11,,,,,,\"Rui\nSilva\",rui@multi.example,pt,consent,2024-02-01,site",
                "Repeat Co,,FR,,,,,,,Dup,ANA@bodegas.example,fr,consent,2024-01-10,form",
                "No Consent,,FR,,,,,,,Eve,eve@example.org,fr,,,");
        ImportReport report = area.imports.importCsv(FIB_STAFF, "fib", file, "mixed.csv", ImportProgress.NONE);

        assertEquals("3:country:required 4:national_id:invalid-value 4:size:invalid-value 4:email:invalid-value "
                + "8:email:duplicate 9:consent_basis:required 9:consent_date:required", errors(report));
        assertEquals(6, report.rows());
        assertEquals(4, report.rejected());
        assertEquals(2, report.companiesCreated());
        assertEquals(2, report.contactsCreated());
        assertEquals(ImportStatus.DONE, report.status());
        assertEquals(2, area.count("out_company"));
        assertEquals(2, area.count("out_contact"));
        RowError duplicate = report.errors().stream().filter(e -> e.code().equals("duplicate")).findFirst().orElseThrow();
        assertTrue(duplicate.detail(), duplicate.detail().contains("line 2"));
        // the reasons are stored in the four languages, so partner staff read them in their own
        assertEquals("repite la dirección de la línea 2 de la misma importación", duplicate.detail(Language.ES));
        assertEquals("est obligatoire pour un nouveau contact", error(report, 9, "consent_date").detail(Language.FR));
        assertEquals("deve ser micro, small ou medium", error(report, 4, "size").detail(Language.PT));
        assertEquals("doit être un SIREN (9 chiffres) ou un SIRET (14 chiffres)",
                error(report, 4, "national_id").detail(Language.FR));
        assertEquals("must be one e-mail address, such as name@example.org", error(report, 4, "email").detail(Language.EN));
        Company multi = area.directory.companies(FIB_STAFF, new CompanyQuery(null, null, null, null, null, null,
                "rui@multi.example", null), PageRequest.first()).items().get(0);
        assertEquals("Multi \"line\" Lda", multi.name());
        assertEquals("Rui\nSilva", area.directory.contacts(FIB_STAFF, multi.id()).get(0).name());
    }

    @Test
    public void anImpossibleDayFirstDateIsRejectedRatherThanMovedToTheMonthsEnd() throws IOException {
        area = Area.fresh("import-dates", 500);
        Path file = write("dates.csv", StandardCharsets.UTF_8, HEADER,
                "Leap Day SL,,ES,,,,29/02/2000,,,Lea,lea@leap.example,es,consent,29/2/2024,fair",
                "February SL,,ES,,,,31/04/2001,,,Feb,feb@february.example,es,consent,31/02/2024,fair",
                "Iso SL,,ES,,,,2001-04-31,,,Iso,iso@iso.example,es,consent,2024-02-30,fair");
        ImportReport report = area.imports.importCsv(FIB_STAFF, "fib", file, "dates.csv", ImportProgress.NONE);

        assertEquals("3:founded:invalid-value 3:consent_date:invalid-value 4:founded:invalid-value 4:consent_date:invalid-value",
                errors(report));
        assertEquals(1, area.count("out_company"));
        Company leap = area.directory.companies(FIB_STAFF, CompanyQuery.all(), PageRequest.first()).items().get(0);
        assertEquals("2000-02-29", leap.founded().toString());
        assertEquals("2024-02-29", area.directory.contacts(FIB_STAFF, leap.id()).get(0).consent().date().toString());

        // the SOAP upsert reads its dates the same way
        ImportReport soap = area.imports.upsert(FIB_STAFF, "fib", "soap", List.of(new DirectoryRow(1, "Soap SL", null, "ES", null,
                null, null, null, null, null, "Sol", "sol@soap.example", "es", "consent", "31/02/2024", "fair")));
        assertEquals("1:consent_date:invalid-value", errors(soap));
        assertEquals(1, area.count("out_contact"));
    }

    @Test
    public void countriesAreAssignedIsoCodesAndRegionsFollowEurostatsPrefixes() throws IOException {
        area = Area.fresh("import-places", 500);
        Path file = write("places.csv", StandardCharsets.UTF_8, HEADER,
                "Athens Digital,,GR,EL30,,,,,,Eleni,eleni@athens.example,en,consent,2024-01-10,fair",
                "London Digital,,GB,UKI3,,,,,,Liam,liam@london.example,en,consent,2024-01-10,fair",
                "Nowhere Ltd,,XX,,,,,,,Nobody,nobody@nowhere.example,en,consent,2024-01-10,fair",
                "Wrong Prefix,,GR,GR30,,,,,,Nikos,nikos@prefix.example,en,consent,2024-01-10,fair");
        ImportReport report = area.imports.importCsv(FIB_STAFF, "fib", file, "places.csv", ImportProgress.NONE);

        assertEquals("4:country:invalid-value 5:region:invalid-value", errors(report));
        assertEquals(2, report.companiesCreated());
        assertEquals("deve ser uma região de GR (um código que comece por EL)", error(report, 5, "region").detail(Language.PT));
    }

    @Test
    public void importingTheSameFileAgainChangesNothing() throws IOException {
        area = Area.fresh("import-again", 3);
        Path file = write("again.csv", StandardCharsets.UTF_8, rows(7));
        ImportReport first = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "again.csv", ImportProgress.NONE);
        assertEquals(7, first.companiesCreated());
        assertEquals(7, first.contactsCreated());
        ImportReport second = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "again.csv", ImportProgress.NONE);
        assertEquals(0, second.companiesCreated() + second.companiesUpdated() + second.contactsCreated() + second.contactsUpdated());
        assertEquals(7, second.unchanged());
        assertEquals(7, area.count("out_company"));
        assertEquals(7, area.count("out_contact"));
        long version = area.directory.companies(CYBERMASSIF_STAFF, CompanyQuery.all(), PageRequest.first()).items().get(0).version();
        assertEquals("no write at all: the version did not move", 1, version);
    }

    @Test
    public void anImportThatStopsHalfWayLeavesWholeBatchesAndRunningItAgainCompletesIt() throws IOException {
        area = Area.fresh("import-crash", 2);
        Path file = write("crash.csv", StandardCharsets.UTF_8, rows(5));
        List<Long> seen = new ArrayList<>();
        RuntimeException crash = assertThrows(IllegalStateException.class, () -> area.imports.importCsv(CYBERMASSIF_STAFF,
                "cybermassif", file, "crash.csv", (done, total) -> {
                    seen.add(done);
                    if (done == 4) {
                        throw new IllegalStateException("the server stops here");
                    }
                }));
        assertEquals("the server stops here", crash.getMessage());
        assertEquals(List.of(2L, 4L), seen);
        assertEquals("two whole batches, nothing of the third", 4, area.count("out_company"));
        assertEquals(4, area.count("out_contact"));
        ImportReport failed = area.imports.imports(CYBERMASSIF_STAFF, "cybermassif", PageRequest.first()).items().get(0);
        assertEquals(ImportStatus.FAILED, failed.status());
        assertEquals("the import record tells what went in", 4, failed.contactsCreated());

        ImportReport again = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "crash.csv", ImportProgress.NONE);
        assertEquals(ImportStatus.DONE, again.status());
        assertEquals(1, again.contactsCreated());
        assertEquals(4, again.unchanged());
        assertEquals(5, area.count("out_contact"));

        assertEquals("newest first by default", List.of(again.id(), failed.id()),
                area.imports.imports(CYBERMASSIF_STAFF, null, PageRequest.first()).map(ImportReport::id).items());
        assertEquals(List.of(failed.id(), again.id()), area.imports.imports(CYBERMASSIF_STAFF, null,
                PageRequest.of(null, null, "id", ImportService.SORTABLE)).map(ImportReport::id).items());
        assertEquals(List.of(again.id()), area.imports.imports(CYBERMASSIF_STAFF, null,
                PageRequest.of(null, 1, "status,id", ImportService.SORTABLE)).map(ImportReport::id).items());
    }

    @Test
    public void aHeaderWithAnUnknownColumnImportsNothing() throws IOException {
        area = Area.fresh("import-header", 500);
        Path file = write("phone.csv", StandardCharsets.UTF_8, "Empresa,País,Correo,Teléfono", "Uno,ES,uno@example.org,600000000");
        ValidationException e = assertThrows(ValidationException.class,
                () -> area.imports.importCsv(FIB_STAFF, "fib", file, "phone.csv", ImportProgress.NONE));
        assertEquals(List.of("line 1: Teléfono"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(e.fieldErrors().get(0).detail(),
                e.fieldErrors().get(0).detail().startsWith("is not a column the import knows; expected company_name, national_id, "));
        assertTrue(e.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow()
                .startsWith("no es una columna que la importación conozca; se esperan company_name, national_id, "));
        assertEquals(0, area.count("out_import"));
        assertEquals(0, area.count("out_company"));
    }

    @Test
    public void aBrokenQuoteOnTheLastLineImportsNothing() throws IOException {
        area = Area.fresh("import-quote", 1);
        List<String> lines = new ArrayList<>(List.of(rows(3)));
        lines.add("\"Unclosed,FR,,,,,,,,x,x@example.org,fr,consent,2024-01-01,form");
        Path file = write("quote.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        ValidationException e = assertThrows(ValidationException.class,
                () -> area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "quote.csv", ImportProgress.NONE));
        assertEquals("malformed", e.fieldErrors().get(0).code());
        assertEquals("line 5", e.fieldErrors().get(0).field());
        // the caller's language throughout, without the parser's own English sentence
        assertEquals("la structure CSV est rompue à partir de la ligne 5 : une cellule entre guillemets n’est jamais refermée, "
                + "ou du texte suit son guillemet fermant ; rien n’a été importé",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(0, area.count("out_company"));
        assertEquals(0, area.count("out_import"));
    }

    @Test
    public void aRowWithMoreCellsThanTheHeaderIsRejectedRatherThanReadShifted() throws IOException {
        area = Area.fresh("import-extra", 500);
        List<String> lines = new ArrayList<>(List.of(rows(2)));
        // a comma too many in the name: every cell after it would land one column to the right
        lines.add("Dupont, Fils et Cie,,FR,FRJ1,62.01,small,,,,Contact 3,contact3@company3.example,fr,consent,2024-01-10,fair");
        lines.add("Company 4,,FR,FRJ1,62.01,small,,,,Contact 4,contact4@company4.example,fr,consent,2024-01-10,fair,extra");
        Path file = write("extra.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        ImportReport report = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "extra.csv", ImportProgress.NONE);

        assertEquals("4:row:extra-cells 5:row:extra-cells", errors(report));
        assertEquals(2, report.rejected());
        assertEquals(2, area.count("out_company"));
        assertEquals("compte 16 cellules alors que l’en-tête nomme 15 colonnes : une ligne décalée irait dans les mauvaises "
                + "colonnes, elle n’est donc pas importée", error(report, 5, "row").detail(Language.FR));
    }

    @Test
    public void aPartnerFillsOnlyItsOwnDirectoryAndCannotTakeAnotherPartnersContacts() throws IOException {
        area = Area.fresh("import-scope", 500);
        Path file = write("scope.csv", StandardCharsets.UTF_8, rows(2));
        assertThrows(AccessDeniedException.class,
                () -> area.imports.importCsv(FIB_STAFF, "cybermassif", file, "scope.csv", ImportProgress.NONE));
        assertEquals(0, area.count("out_import"));

        area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "scope.csv", ImportProgress.NONE);
        Path same = write("same.csv", StandardCharsets.UTF_8, HEADER,
                "Another name,,ES,,,,,,,Somebody,CONTACT1@company1.example,es,consent,2024-01-10,form");
        ImportReport report = area.imports.importCsv(FIB_STAFF, "fib", same, "same.csv", ImportProgress.NONE);
        assertEquals("2:email:other-partner", errors(report));
        assertEquals("esta dirección es un contacto del socio cybermassif; solo su personal puede modificarla",
                error(report, 2, "email").detail(Language.ES));
        assertEquals(2, area.count("out_contact"));
    }

    @Test
    public void anErasedAddressIsReportedInsteadOfAddedAgain() throws IOException {
        area = Area.fresh("import-erased", 500);
        Path file = write("erase.csv", StandardCharsets.UTF_8, rows(2));
        area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "erase.csv", ImportProgress.NONE);
        Company first = area.directory.companies(CYBERMASSIF_STAFF, new CompanyQuery(null, null, null, null, null, null,
                "contact1@company1.example", null), PageRequest.first()).items().get(0);
        Contact contact = area.directory.contacts(CYBERMASSIF_STAFF, first.id()).get(0);
        area.directory.erase(CYBERMASSIF_STAFF, contact.id());

        ImportReport again = area.imports.importCsv(CYBERMASSIF_STAFF, "cybermassif", file, "erase.csv", ImportProgress.NONE);
        assertEquals("2:email:suppressed", errors(again));
        assertEquals(1, area.count("out_contact"));
        assertEquals("the suppression keeps the consent it was collected with", "2024-01-10",
                area.directory.suppression(CYBERMASSIF_STAFF, "Contact1@company1.example").orElseThrow().consent().date().toString());
        assertFalse(area.directory.suppression(CYBERMASSIF_STAFF, "contact2@company2.example").isPresent());
        assertNull(area.directory.contacts(CYBERMASSIF_STAFF, first.id()).stream().findFirst().orElse(null));
    }

    /** A header and {@code n} valid French rows. */
    private static String[] rows(int n) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= n; i++) {
            lines.add("Company " + i + ",,FR,FRJ1,62.01,small,,,,Contact " + i + ",contact" + i + "@company" + i
                    + ".example,fr,consent,2024-01-10,fair");
        }
        return lines.toArray(String[]::new);
    }

    private Path write(String name, Charset charset, String... lines) throws IOException {
        Path file = folder.getRoot().toPath().resolve(name);
        Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(charset));
        return file;
    }

    private static RowError error(ImportReport report, int line, String field) {
        return report.errors().stream().filter(e -> e.line() == line && e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error on line " + line + ", " + field + ": " + report.errors()));
    }

    static String errors(ImportReport report) {
        return report.errors().stream().map(e -> e.line() + ":" + e.field() + ":" + e.code()).collect(Collectors.joining(" "));
    }
}
