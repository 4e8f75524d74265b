package org.cybersudoe.toolbox.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.toolbox.LanguageVersion;
import org.cybersudoe.toolbox.LanguageVersionDraft;
import org.cybersudoe.toolbox.ProgressLine;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.RelayTraining;
import org.cybersudoe.toolbox.RelayTrainingDraft;
import org.cybersudoe.toolbox.ResourceDraft;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ThemeTranslationReport;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.TrainingProgress;
import org.cybersudoe.toolbox.TranslationGap;
import org.cybersudoe.toolbox.TranslationStatus;
import org.cybersudoe.toolbox.internal.theme.ThemeParserAccess;
import org.cybersudoe.toolbox.internal.theme.ThemeRegistryImpl;
import org.cybersudoe.toolbox.internal.theme.Themes;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The registry, the resources and the training on a real embedded Derby: what a partner sees
 * when theme bundles come and go, who may change what, and the missing-language report.
 */
public class ToolboxServicesTest {

    private static TestDatabase database;
    private ThemeRegistryImpl registry;
    private ResourceServiceImpl resources;
    private TrainingServiceImpl training;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("toolbox");
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    /** A new node: the registry's memory is empty, the database keeps what earlier tests wrote. */
    @Before
    public void node() {
        registry = new ThemeRegistryImpl(database.db);
        resources = new ResourceServiceImpl(database.db, registry, TestDatabase.settings());
        training = new TrainingServiceImpl(database.db, registry, TestDatabase.settings());
    }

    private void deploy(long bundleId, String code) {
        Optional<ThemeRefusal> refusal = registry.load(bundleId, "org.cybersudoe.theme." + code, "1.0.0", Themes.source(code));
        assertTrue(refusal.toString(), refusal.isEmpty());
    }

    @Test
    public void aThemeAppearsWhenItsBundleComesAndStaysReadableAfterItGoes() {
        deploy(10, "tourism");
        deploy(11, "industry");
        assertEquals(List.of("industry", "tourism"), codes(registry.list(Callers.EVALUATOR, false)));
        assertTrue(registry.content(Callers.FIB_STAFF, "tourism").isPresent());

        registry.withdraw(10);
        assertEquals("a removed theme is no longer listed as available", List.of("industry"),
                codes(registry.list(Callers.EVALUATOR, false)));
        Theme removed = registry.find(Callers.EVALUATOR, "tourism").orElseThrow();
        assertFalse(removed.available());
        assertEquals("Turismo", removed.name().exact(Language.ES).orElseThrow());
        assertTrue(codes(registry.list(Callers.EVALUATOR, true)).contains("tourism"));
        assertTrue("its content lived in the bundle", registry.content(Callers.EVALUATOR, "tourism").isEmpty());
        assertThrows(AccessDeniedException.class, () -> registry.list(Callers.COMPANY, false));
    }

    @Test
    public void aMalformedBundleIsRefusedWithItsReasonsAndTheOthersStay() {
        deploy(20, "retail");
        var broken = Themes.broken("construction", "registry-broken", folder -> ThemeParserAccess.edit(folder,
                "questionnaire.json", root -> ((ObjectNode) root.get("questions").get(0).get("options").get(0)).put("score", "x")));
        Optional<ThemeRefusal> refusal = registry.load(21, "org.example.bad", "0.1.0", broken);
        assertTrue(refusal.isPresent());
        assertEquals("org.example.bad", registry.refusals(Callers.EVALUATOR).get(0).bundleSymbolicName());
        assertTrue(registry.refusals(Callers.EVALUATOR).get(0).problems().get(0).toString()
                .contains("questionnaire.json: questions[0].options[0].score: must be a number"));
        assertTrue("the good theme is untouched", registry.list(Callers.EVALUATOR, false).stream()
                .anyMatch(t -> t.code().equals("retail") && t.available()));
        assertFalse(registry.list(Callers.EVALUATOR, false).stream().anyMatch(t -> t.code().equals("construction")));

        registry.withdraw(21);
        assertTrue("removing the refused bundle clears its refusal", registry.refusals(Callers.EVALUATOR).isEmpty());
    }

    @Test
    public void aSecondBundleWithTheSameCodeIsRefused() {
        deploy(30, "e-hr");
        Optional<ThemeRefusal> refusal = registry.load(31, "org.example.copy", "2.0.0", Themes.source("e-hr"));
        assertTrue(refusal.orElseThrow().problems().get(0).message().contains("already provided by bundle org.cybersudoe.theme.e-hr"));
        assertEquals("org.cybersudoe.theme.e-hr", registry.find(Callers.ADMIN, "e-hr").orElseThrow().bundleSymbolicName());
    }

    @Test
    public void partnerStaffChangeOnlyTheirOwnResourcesAndEvaluatorsOnlyRead() {
        deploy(40, "is-security");
        ResourceDraft fibGuide = new ResourceDraft("is-security", ResourceKind.GUIDE, "fib", Language.ES, null);
        assertThrows(AccessDeniedException.class, () -> resources.create(Callers.CYBERMASSIF_STAFF, fibGuide));
        assertThrows(AccessDeniedException.class, () -> resources.create(Callers.EVALUATOR, fibGuide));
        ToolResource created = resources.create(Callers.FIB_STAFF, fibGuide);
        LanguageVersionDraft es = new LanguageVersionDraft("Guía de seguridad", "https://example.org/es.pdf", TranslationStatus.VALIDATED);
        assertThrows(AccessDeniedException.class,
                () -> resources.putLanguageVersion(Callers.LEITAT_STAFF, created.id(), created.version(), Language.ES, es));
        assertThrows(AccessDeniedException.class, () -> resources.update(Callers.FIB_STAFF, created.id(), created.version(),
                new ResourceDraft("is-security", ResourceKind.GUIDE, "leitat", Language.ES, null)));
        ToolResource withEs = resources.putLanguageVersion(Callers.FIB_STAFF, created.id(), created.version(), Language.ES, es);
        assertEquals(TranslationStatus.VALIDATED, withEs.in(Language.ES).orElseThrow().status());
        assertTrue("the record's version moves with a language version", withEs.version() > created.version());
        ConflictException stale = assertThrows("a stale version is refused", ConflictException.class,
                () -> resources.putLanguageVersion(Callers.ADMIN, created.id(), created.version(), Language.FR, es));
        assertEquals("Resource " + created.id() + " was changed meanwhile (now at version " + withEs.version()
                + "); read it again and retry.", stale.getMessage());
        assertEquals("El recurso " + created.id() + " ha cambiado mientras tanto (ahora está en la versión "
                + withEs.version() + "); vuelva a leerlo e inténtelo de nuevo.", stale.detail(Language.ES));
        assertEquals(1, resources.list(Callers.EVALUATOR, new ResourceQuery("is-security", ResourceKind.GUIDE, "fib"),
                PageRequest.first()).total());
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        deploy(80, "business-watch");
        ToolResource created = resources.create(Callers.FIB_STAFF,
                new ResourceDraft("business-watch", ResourceKind.PARTNER_TOOL, "fib", Language.ES, "Cámara de comercio"));
        created = resources.putLanguageVersion(Callers.FIB_STAFF, created.id(), created.version(), Language.ES,
                new LanguageVersionDraft("Vigilancia", "https://example.org/es", TranslationStatus.VALIDATED));
        ToolResource read = resources.get(Callers.FIB_STAFF, created.id());

        ToolResource same = resources.update(Callers.FIB_STAFF, read.id(), read.version(), new ResourceDraft(
                read.themeCode(), read.kind(), read.ownerPartner(), read.originalLanguage(), read.origin()));
        assertEquals(read, same);
        assertEquals(read, resources.get(Callers.FIB_STAFF, read.id()));
        LanguageVersion es = read.in(Language.ES).orElseThrow();
        // sent again by someone else: the content is what counts, not who sent it last
        ToolResource sameEs = resources.putLanguageVersion(Callers.ADMIN, read.id(), read.version(), Language.ES,
                new LanguageVersionDraft(es.title(), es.location(), es.status()));
        assertEquals(read, sameEs);
        assertEquals(read, resources.get(Callers.FIB_STAFF, read.id()));

        ToolResource moved = resources.update(Callers.FIB_STAFF, read.id(), read.version(), new ResourceDraft(
                read.themeCode(), read.kind(), read.ownerPartner(), read.originalLanguage(), "Cámara de comercio de Bilbao"));
        assertTrue("a real change moves the version", moved.version() > read.version());
        ToolResource retitled = resources.putLanguageVersion(Callers.FIB_STAFF, read.id(), moved.version(), Language.ES,
                new LanguageVersionDraft("Vigilancia tecnológica", es.location(), es.status()));
        assertTrue("a real change moves the version", retitled.version() > moved.version());
        assertEquals(retitled, resources.get(Callers.FIB_STAFF, read.id()));

        // each change retried with the version it was sent with, once applied: the answers were lost, not the changes
        assertEquals(retitled, resources.update(Callers.FIB_STAFF, read.id(), read.version(), new ResourceDraft(
                read.themeCode(), read.kind(), read.ownerPartner(), read.originalLanguage(), "Cámara de comercio de Bilbao")));
        assertEquals(retitled, resources.putLanguageVersion(Callers.FIB_STAFF, read.id(), moved.version(), Language.ES,
                new LanguageVersionDraft("Vigilancia tecnológica", es.location(), es.status())));
        assertThrows("a stale version with another change is a conflict", ConflictException.class,
                () -> resources.update(Callers.FIB_STAFF, read.id(), read.version(), new ResourceDraft(read.themeCode(),
                        read.kind(), read.ownerPartner(), read.originalLanguage(), "Cámara de Bilbao")));
        assertEquals(retitled, resources.get(Callers.FIB_STAFF, read.id()));
    }

    @Test
    public void invalidInputNamesTheFieldsAsTheClientSendsThem() {
        deploy(50, "mobility");
        ValidationException e = assertThrows(ValidationException.class, () -> resources.create(Callers.ADMIN,
                new ResourceDraft("Mobility", null, "fib", null, null)));
        assertEquals(List.of("themeCode", "kind", "originalLanguage"), e.fieldErrors().stream().map(f -> f.field()).toList());
        ValidationException unknownTheme = assertThrows(ValidationException.class, () -> resources.create(Callers.ADMIN,
                new ResourceDraft("no-such-theme", ResourceKind.VIDEO, "fib", Language.ES, null)));
        assertEquals("themeCode", unknownTheme.fieldErrors().get(0).field());
        // the reason reaches other languages as specific as in English, not as a translation of its code
        assertEquals("no theme 'no-such-theme' is deployed", unknownTheme.fieldErrors().get(0).detail());
        assertEquals("aucun thème « no-such-theme » n’est déployé",
                unknownTheme.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        ToolResource r = resources.create(Callers.ADMIN, new ResourceDraft("mobility", ResourceKind.VIDEO, "ciebi", Language.PT, null));
        ValidationException translated = assertThrows(ValidationException.class, () -> resources.putLanguageVersion(
                Callers.ADMIN, r.id(), r.version(), Language.PT, new LanguageVersionDraft("Vídeo", null, TranslationStatus.TRANSLATED)));
        assertEquals("location", translated.fieldErrors().get(0).field());
        assertEquals("is required once the version is translated", translated.fieldErrors().get(0).detail());
        assertEquals("é obrigatório assim que a versão estiver traduzida",
                translated.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
    }

    @Test
    public void theReportSaysWhatIsMissingInWhichLanguageAndRemovedThemesKeepTheirResources() {
        deploy(60, "agri-food");
        ToolResource guide = resources.create(Callers.ADMIN, new ResourceDraft("agri-food", ResourceKind.GUIDE, "cybermassif", Language.FR, null));
        guide = resources.putLanguageVersion(Callers.ADMIN, guide.id(), guide.version(), Language.FR,
                new LanguageVersionDraft("Guide agroalimentaire", "https://example.org/fr", TranslationStatus.VALIDATED));
        guide = resources.putLanguageVersion(Callers.ADMIN, guide.id(), guide.version(), Language.ES,
                new LanguageVersionDraft("Guía agroalimentaria", "https://example.org/es", TranslationStatus.TRANSLATED));
        resources.putLanguageVersion(Callers.ADMIN, guide.id(), guide.version(), Language.PT,
                new LanguageVersionDraft("Guia agroalimentar", null, TranslationStatus.IN_TRANSLATION));

        ThemeTranslationReport report = resources.translationReport(Callers.EVALUATOR, "agri-food").get(0);
        assertEquals(List.of(new TranslationGap(ResourceKind.GUIDE, guide.id(), List.of(Language.PT)),
                new TranslationGap(ResourceKind.VIDEO, null, List.of(Language.FR, Language.ES, Language.PT)),
                new TranslationGap(ResourceKind.DIAGNOSTIC, null, List.of(Language.FR, Language.ES, Language.PT))),
                report.gaps());

        registry.withdraw(60);
        assertEquals("the resource of a removed theme stays readable", "agri-food",
                resources.get(Callers.EVALUATOR, guide.id()).themeCode());
        assertTrue("and its theme stays in the report", resources.translationReport(Callers.EVALUATOR, null).stream()
                .anyMatch(r -> r.theme().code().equals("agri-food") && !r.theme().available()));
        assertThrows(ValidationException.class, () -> resources.create(Callers.ADMIN,
                new ResourceDraft("agri-food", ResourceKind.VIDEO, "cybermassif", Language.FR, null)));

        NotFoundException noTheme = assertThrows(NotFoundException.class,
                () -> resources.translationReport(Callers.EVALUATOR, "no-such-theme"));
        assertEquals("No theme 'no-such-theme'.", noTheme.getMessage());
        assertEquals("Aucun thème « no-such-theme ».", noTheme.detail(Language.FR));
        NotFoundException noResource = assertThrows(NotFoundException.class, () -> resources.get(Callers.EVALUATOR, 987_654L));
        assertEquals("No resource '987654'.", noResource.getMessage());
        assertEquals("Não existe o recurso «987654».", noResource.detail(Language.PT));
    }

    @Test
    public void progressCountsThemesCompleteInEveryTargetLanguage() {
        deploy(70, "construction");
        ProgressLine before = line(ResourceKind.DIAGNOSTIC);
        ToolResource d = resources.create(Callers.ADMIN, new ResourceDraft("construction", ResourceKind.DIAGNOSTIC, "leitat", Language.ES, null));
        for (Language l : List.of(Language.FR, Language.ES, Language.PT)) {
            d = resources.putLanguageVersion(Callers.ADMIN, d.id(), d.version(), l,
                    new LanguageVersionDraft("Diagnóstico " + l, "https://example.org/" + l.code(), TranslationStatus.VALIDATED));
        }
        ProgressLine after = line(ResourceKind.DIAGNOSTIC);
        assertEquals(before.themesComplete() + 1, after.themesComplete());
        assertEquals(before.languageVersionsDone() + 3, after.languageVersionsDone());
        assertEquals(9, after.themesTarget());
        assertEquals(27, after.languageVersionsTarget());
    }

    @Test
    public void aLeadOfAPartnerThatIsNoStructureOfTheNetworkIsRefused() {
        training.partners = code -> List.of("fib", "ciebi").contains(code);
        long before = training.listLeads(Callers.EVALUATOR, null, PageRequest.first()).total();
        ValidationException e = assertThrows(ValidationException.class, () -> training.addLead(Callers.ADMIN,
                new ProjectLeadDraft("fibb", "Ana Sousa", null, LocalDate.of(2010, 3, 1))));
        assertEquals("partnerCode", e.fieldErrors().get(0).field());
        assertEquals("debe ser el código de una estructura de la red",
                e.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        assertEquals(before, training.listLeads(Callers.EVALUATOR, null, PageRequest.first()).total());
        training.addLead(Callers.ADMIN, new ProjectLeadDraft("ciebi", "Ana Sousa", null, LocalDate.of(2010, 3, 1)));
        assertEquals(before + 1, training.listLeads(Callers.EVALUATOR, null, PageRequest.first()).total());
    }

    @Test
    public void leadsCountAtMostTwoPerPartnerAndRelaysBelongToTheLeadsPartner() {
        TrainingProgress before = training.progress(Callers.EVALUATOR);
        assertThrows(AccessDeniedException.class, () -> training.addLead(Callers.FIB_STAFF,
                new ProjectLeadDraft("ciebi", "Ana Sousa", null, LocalDate.of(2010, 3, 1))));
        ProjectLead first = null;
        for (int i = 0; i < 3; i++) {
            ProjectLead l = training.addLead(Callers.FIB_STAFF, new ProjectLeadDraft("fib", "Lead " + i, "lead" + i + "@fib.example",
                    LocalDate.of(2010, 3, 1 + i)));
            first = first == null ? l : first;
        }
        TrainingProgress after = training.progress(Callers.EVALUATOR);
        assertEquals("a third lead of one partner does not count toward the 18", before.leadsCounted() + 2, after.leadsCounted());
        assertEquals(18, after.leadsTarget());

        long leadId = first.id();
        assertThrows(AccessDeniedException.class, () -> training.recordRelay(Callers.LEITAT_STAFF, leadId,
                new RelayTrainingDraft("Jordi", "Cybersite", LocalDate.of(2010, 4, 1), null)));
        ValidationException early = assertThrows(ValidationException.class, () -> training.recordRelay(Callers.FIB_STAFF, leadId,
                new RelayTrainingDraft("Marta", "CEEI Toledo", LocalDate.of(2010, 2, 1), null)));
        assertEquals("trainedOn", early.fieldErrors().get(0).field());
        assertEquals("must be on or after the lead's own training (2010-03-01)", early.fieldErrors().get(0).detail());
        assertEquals("no puede ser anterior a la formación del propio jefe de proyecto (2010-03-01)",
                early.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        training.recordRelay(Callers.FIB_STAFF, leadId, new RelayTrainingDraft("Marta", "CEEI Toledo", LocalDate.of(2010, 4, 1), null));
        assertEquals(1, training.getLead(Callers.EVALUATOR, leadId).relaysTrained());
        assertEquals(before.relaysTrained() + 1, training.progress(Callers.EVALUATOR).relaysTrained());
    }

    @Test
    public void aResourceOwnedByAPartnerThatIsNoStructureOfTheNetworkIsRefused() {
        deploy(90, "business-management");
        resources.partners = code -> List.of("fib", "ciebi").contains(code);
        long before = database.count("tbx_resource");
        ValidationException e = assertThrows(ValidationException.class, () -> resources.create(Callers.ADMIN,
                new ResourceDraft("business-management", ResourceKind.GUIDE, "nope", Language.ES, null)));
        assertEquals(List.of("ownerPartner"), e.fieldErrors().stream().map(f -> f.field()).toList());
        assertEquals("must be the code of a structure of the network", e.fieldErrors().get(0).detail());
        assertEquals("doit être le code d’une structure du réseau",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(before, database.count("tbx_resource"));
        assertTrue("nothing owned by it reaches the report", resources.translationReport(Callers.EVALUATOR, "business-management")
                .get(0).gaps().stream().allMatch(g -> g.resourceId() == null));

        ToolResource r = resources.create(Callers.ADMIN, new ResourceDraft("business-management", ResourceKind.GUIDE, "fib", Language.ES, null));
        assertThrows(ValidationException.class, () -> resources.update(Callers.ADMIN, r.id(), r.version(),
                new ResourceDraft("business-management", ResourceKind.GUIDE, "nope", Language.ES, null)));
        assertEquals(r, resources.get(Callers.EVALUATOR, r.id()));
        assertEquals("ciebi", resources.update(Callers.ADMIN, r.id(), r.version(),
                new ResourceDraft("business-management", ResourceKind.GUIDE, "ciebi", Language.ES, null)).ownerPartner());
    }

    @Test
    public void everyOffendingFieldIsNamedInOneAnswer() {
        resources.partners = code -> code.equals("leitat");
        training.partners = code -> code.equals("leitat");
        ValidationException resource = assertThrows(ValidationException.class, () -> resources.create(Callers.ADMIN,
                new ResourceDraft("no-such-theme", null, "nope", Language.ES, null)));
        assertEquals(List.of("kind", "themeCode", "ownerPartner"), resource.fieldErrors().stream().map(f -> f.field()).toList());
        ValidationException lead = assertThrows(ValidationException.class, () -> training.addLead(Callers.ADMIN,
                new ProjectLeadDraft("nope", " ", "not-an-address", LocalDate.of(2010, 3, 1))));
        assertEquals(List.of("partnerCode", "fullName", "email"), lead.fieldErrors().stream().map(f -> f.field()).toList());
        ProjectLead l = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "Iker Etxebarria", null,
                LocalDate.of(2010, 5, 3)));
        long relays = database.count("tbx_relay_training");
        ValidationException relay = assertThrows(ValidationException.class, () -> training.recordRelay(Callers.LEITAT_STAFF,
                l.id(), new RelayTrainingDraft("", "CEEI Bizkaia", LocalDate.of(2010, 5, 1), "no-such-theme")));
        assertEquals(List.of("relayName", "trainedOn", "themeCode"), relay.fieldErrors().stream().map(f -> f.field()).toList());
        assertEquals(relays, database.count("tbx_relay_training"));
    }

    @Test
    public void aPartnersUserOwnsTheResourcesTheyAddWithoutNamingAnOwner() {
        deploy(91, "business-management");
        ToolResource r = resources.create(Callers.FIB_STAFF, new ResourceDraft("business-management", ResourceKind.VIDEO, null,
                Language.ES, null));
        assertEquals("fib", r.ownerPartner());
        Caller platformAdmin = new Caller("root", EnumSet.of(Role.ADMIN), Optional.empty());
        ValidationException e = assertThrows("someone of no partner names the owner", ValidationException.class,
                () -> resources.create(platformAdmin, new ResourceDraft("business-management", ResourceKind.VIDEO, " ", Language.ES, null)));
        assertEquals(List.of("ownerPartner"), e.fieldErrors().stream().map(f -> f.field()).toList());
        assertThrows("naming another partner still needs rights on it", AccessDeniedException.class,
                () -> resources.create(Callers.FIB_STAFF, new ResourceDraft("business-management", ResourceKind.VIDEO, "leitat",
                        Language.ES, null)));
    }

    @Test
    public void theSamePersonRecordedTwiceIsOneLead() {
        TrainingProgress before = training.progress(Callers.EVALUATOR);
        ProjectLead first = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "xb Lead One",
                "xb.lead1@example.org", LocalDate.of(2010, 10, 1)));
        ProjectLeadDraft shouted = new ProjectLeadDraft("leitat", "xb Lead One", " XB.Lead1@Example.org ", LocalDate.of(2010, 10, 1));
        assertEquals(Optional.of(first), training.sameLead(Callers.LEITAT_STAFF, shouted));
        assertEquals(first, training.addLead(Callers.LEITAT_STAFF, shouted));
        assertEquals(first, training.addLead(Callers.ADMIN, new ProjectLeadDraft("leitat", "Lead One", "xb.lead1@example.org",
                LocalDate.of(2010, 10, 2))));

        ProjectLead noMail = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "José Pérez", null,
                LocalDate.of(2010, 10, 1)));
        assertEquals("the same name, typed otherwise, trained the same day", noMail, training.addLead(Callers.LEITAT_STAFF,
                new ProjectLeadDraft("leitat", " jose  PEREZ", null, LocalDate.of(2010, 10, 1))));
        ProjectLead namesake = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "José Pérez", null,
                LocalDate.of(2010, 11, 1)));
        assertTrue("trained another day, another person", namesake.id() != noMail.id());
        ProjectLead otherPartner = training.addLead(Callers.CYBERMASSIF_STAFF, new ProjectLeadDraft("cybermassif", "xb Lead One",
                "xb.lead1@example.org", LocalDate.of(2010, 10, 1)));
        assertTrue(otherPartner.id() != first.id());

        TrainingProgress after = training.progress(Callers.EVALUATOR);
        assertEquals(before.partners().stream().filter(p -> p.partnerCode().equals("leitat")).mapToInt(p -> p.leadsTrained())
                .sum() + 3, after.partners().stream().filter(p -> p.partnerCode().equals("leitat"))
                .mapToInt(p -> p.leadsTrained()).sum());
    }

    @Test
    public void aLeadIsCorrectedWithTheVersionReadAndDeletedWithItsRelays() {
        ProjectLead lead = training.addLead(Callers.CYBERMASSIF_STAFF, new ProjectLeadDraft("cybermassif", "Ainhoa Zubiri", "ainoha@cybermassif.example",
                LocalDate.of(2010, 6, 1)));
        ProjectLead other = training.addLead(Callers.CYBERMASSIF_STAFF, new ProjectLeadDraft("cybermassif", "Mikel Aranburu", "mikel@cybermassif.example",
                LocalDate.of(2010, 6, 1)));
        ProjectLeadDraft corrected = new ProjectLeadDraft("cybermassif", "Ainhoa Zubiri", "ainhoa@cybermassif.example", LocalDate.of(2010, 6, 1));
        assertThrows(AccessDeniedException.class, () -> training.updateLead(Callers.LEITAT_STAFF, lead.id(), lead.version(), corrected));
        ProjectLead fixed = training.updateLead(Callers.CYBERMASSIF_STAFF, lead.id(), lead.version(), corrected);
        assertEquals("ainhoa@cybermassif.example", fixed.email());
        assertTrue(fixed.version() > lead.version());
        assertEquals("a retry whose answer was lost", fixed, training.updateLead(Callers.CYBERMASSIF_STAFF, lead.id(), lead.version(), corrected));
        ConflictException stale = assertThrows(ConflictException.class, () -> training.updateLead(Callers.CYBERMASSIF_STAFF, lead.id(),
                lead.version(), new ProjectLeadDraft("cybermassif", "Ainhoa Zubiri Etxe", "ainhoa@cybermassif.example", LocalDate.of(2010, 6, 1))));
        assertEquals("Project lead " + lead.id() + " was changed meanwhile (now at version " + fixed.version()
                + "); read it again and retry.", stale.getMessage());
        ConflictException twice = assertThrows(ConflictException.class, () -> training.updateLead(Callers.CYBERMASSIF_STAFF,
                other.id(), other.version(), new ProjectLeadDraft("cybermassif", "Mikel Aranburu", "AINHOA@cybermassif.example",
                        LocalDate.of(2010, 6, 1))));
        assertEquals("O gestor de projeto " + lead.id() + " já é esta pessoa; corrija ou elimine um dos dois registos.",
                twice.detail(Language.PT));
        assertEquals(other, training.getLead(Callers.EVALUATOR, other.id()));

        training.recordRelay(Callers.CYBERMASSIF_STAFF, lead.id(), new RelayTrainingDraft("Marta", "CEEI Bizkaia", LocalDate.of(2010, 7, 1), null));
        ValidationException late = assertThrows(ValidationException.class, () -> training.updateLead(Callers.CYBERMASSIF_STAFF,
                lead.id(), fixed.version(), new ProjectLeadDraft("cybermassif", "Ainhoa Zubiri", "ainhoa@cybermassif.example",
                        LocalDate.of(2010, 8, 1))));
        assertEquals("must be on or before the first training of the lead's relays (2010-07-01)",
                late.fieldErrors().get(0).detail());

        long relays = database.count("tbx_relay_training");
        assertThrows(AccessDeniedException.class, () -> training.deleteLead(Callers.LEITAT_STAFF, lead.id(), fixed.version()));
        assertThrows(ConflictException.class, () -> training.deleteLead(Callers.CYBERMASSIF_STAFF, lead.id(), lead.version()));
        assertEquals(fixed.id(), training.getLead(Callers.EVALUATOR, lead.id()).id());
        training.deleteLead(Callers.CYBERMASSIF_STAFF, lead.id(), fixed.version());
        assertThrows(NotFoundException.class, () -> training.getLead(Callers.EVALUATOR, lead.id()));
        assertEquals(relays - 1, database.count("tbx_relay_training"));
    }

    @Test
    public void aRelayIsReadCorrectedAndDeletedThroughItsLead() {
        ProjectLead lead = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "Nerea Goikoetxea", null,
                LocalDate.of(2010, 6, 1)));
        ProjectLead otherLead = training.addLead(Callers.LEITAT_STAFF, new ProjectLeadDraft("leitat", "Unai Larrea", null,
                LocalDate.of(2010, 6, 1)));
        RelayTraining relay = training.recordRelay(Callers.LEITAT_STAFF, lead.id(),
                new RelayTrainingDraft("Jon", "Cybersite Bilbao", LocalDate.of(2010, 7, 1), null));
        assertEquals(relay, training.getRelay(Callers.EVALUATOR, lead.id(), relay.id()));
        NotFoundException elsewhere = assertThrows(NotFoundException.class,
                () -> training.getRelay(Callers.EVALUATOR, otherLead.id(), relay.id()));
        assertEquals("No relay training '" + relay.id() + "' of project lead '" + otherLead.id() + "'.", elsewhere.getMessage());

        RelayTrainingDraft corrected = new RelayTrainingDraft("Jon Ander", "Cybersite Bilbao", LocalDate.of(2010, 7, 1), null);
        assertThrows(AccessDeniedException.class, () -> training.updateRelay(Callers.FIB_STAFF, lead.id(), relay.id(),
                relay.version(), corrected));
        RelayTraining fixed = training.updateRelay(Callers.LEITAT_STAFF, lead.id(), relay.id(), relay.version(), corrected);
        assertEquals("Jon Ander", fixed.relayName());
        assertTrue(fixed.version() > relay.version());
        assertEquals(fixed, training.updateRelay(Callers.LEITAT_STAFF, lead.id(), relay.id(), relay.version(), corrected));
        assertThrows(ConflictException.class, () -> training.updateRelay(Callers.LEITAT_STAFF, lead.id(), relay.id(),
                relay.version(), new RelayTrainingDraft("Jon", "Cybersite Bilbao", LocalDate.of(2010, 7, 1), null)));
        assertEquals(fixed, training.getRelay(Callers.EVALUATOR, lead.id(), relay.id()));

        assertThrows(ConflictException.class, () -> training.deleteRelay(Callers.LEITAT_STAFF, lead.id(), relay.id(), relay.version()));
        training.deleteRelay(Callers.LEITAT_STAFF, lead.id(), relay.id(), fixed.version());
        assertEquals(List.of(), training.relays(Callers.EVALUATOR, lead.id()));
        assertEquals(0, training.getLead(Callers.EVALUATOR, lead.id()).relaysTrained());
    }

    private ProgressLine line(ResourceKind kind) {
        return resources.progress(Callers.EVALUATOR).lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    private static List<String> codes(List<Theme> themes) {
        return themes.stream().map(Theme::code).toList();
    }
}
