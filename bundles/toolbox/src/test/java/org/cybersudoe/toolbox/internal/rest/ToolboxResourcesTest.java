package org.cybersudoe.toolbox.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.RelayTraining;
import org.cybersudoe.toolbox.RelayTrainingDraft;
import org.cybersudoe.toolbox.ResourceDraft;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.internal.Callers;
import org.cybersudoe.toolbox.internal.ResourceServiceImpl;
import org.cybersudoe.toolbox.internal.TestDatabase;
import org.cybersudoe.toolbox.internal.TrainingServiceImpl;
import org.cybersudoe.toolbox.internal.rest.Bodies.LanguageVersionBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.RelayBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.ResourceBody;
import org.cybersudoe.toolbox.internal.theme.ThemeRegistryImpl;
import org.cybersudoe.toolbox.internal.theme.Themes;
import org.cybersudoe.web.RestCallers;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The toolbox's resources as a client calls them: the caller on the security context, the body as sent. */
public class ToolboxResourcesTest {

    private static TestDatabase database;
    private static ResourceServiceImpl resources;
    private static TrainingServiceImpl training;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("rest");
        ThemeRegistryImpl registry = new ThemeRegistryImpl(database.db);
        Optional<ThemeRefusal> refusal = registry.load(10, "org.cybersudoe.theme.tourism", "1.0.0", Themes.source("tourism"));
        assertTrue(refusal.toString(), refusal.isEmpty());
        resources = new ResourceServiceImpl(database.db, registry, TestDatabase.settings());
        training = new TrainingServiceImpl(database.db, registry, TestDatabase.settings());
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static SecurityContext as(Caller caller) {
        return RestCallers.securityContextOf(caller);
    }

    private static List<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    public void aLanguageVersionNamesEveryOffendingFieldAtOnce() {
        ToolResource r = resources.create(Callers.FIB_STAFF, new ResourceDraft("tourism", ResourceKind.GUIDE, "fib", Language.ES, null));
        ResourceResource resource = new ResourceResource(resources);
        ValidationException e = assertThrows(ValidationException.class, () -> resource.putLanguage(as(Callers.FIB_STAFF),
                r.id(), "pt", null, new LanguageVersionBody(null, "", "", "bogus", null, null, r.version())));
        assertEquals(List.of("status", "title"), fields(e));
        assertEquals("must be planned, in-translation, translated or validated", e.fieldErrors().get(0).detail());
        assertEquals("deve ser planned, in-translation, translated ou validated",
                e.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals(r, resources.get(Callers.EVALUATOR, r.id()));

        ValidationException create = assertThrows(ValidationException.class, () -> resource.create(as(Callers.FIB_STAFF), null,
                new ResourceBody(null, "no-such-theme", "leaflet", "fib", "xx", null, null, null)));
        assertEquals(List.of("kind", "originalLanguage", "themeCode"), fields(create));
        ValidationException update = assertThrows(ValidationException.class, () -> resource.update(as(Callers.FIB_STAFF),
                r.id(), null, new ResourceBody(r.id(), "tourism", "leaflet", "Fib", "es", null, null, r.version())));
        assertEquals(List.of("kind", "ownerPartner"), fields(update));
        assertEquals(r, resources.get(Callers.EVALUATOR, r.id()));
    }

    @Test
    public void theLocationOfARelayRecordedAnswers() throws NoSuchMethodException {
        ProjectLead lead = training.addLead(Callers.FIB_STAFF, new ProjectLeadDraft("fib", "Ane Uriarte", null, LocalDate.of(2010, 3, 1)));
        RelayTraining relay = training.recordRelay(Callers.FIB_STAFF, lead.id(),
                new RelayTrainingDraft("Marta", "CEEI Bizkaia", LocalDate.of(2010, 4, 1), "tourism"));

        // the POST answers 201 with Location <its path>/<id>: a GET must be mounted there
        String postPath = TrainingResource.class.getMethod("addRelay", SecurityContext.class, UriInfo.class, long.class,
                RelayBody.class).getAnnotation(Path.class).value();
        Method get = TrainingResource.class.getMethod("relay", SecurityContext.class, long.class, long.class);
        assertTrue(get.isAnnotationPresent(GET.class));
        assertEquals(postPath + "/{relayId}", get.getAnnotation(Path.class).value());

        TrainingResource resource = new TrainingResource(training);
        assertEquals(new RelayBody(relay.id(), lead.id(), "Marta", "CEEI Bizkaia", LocalDate.of(2010, 4, 1), "tourism",
                relay.version()), resource.relay(as(Callers.EVALUATOR), lead.id(), relay.id()));
    }
}
