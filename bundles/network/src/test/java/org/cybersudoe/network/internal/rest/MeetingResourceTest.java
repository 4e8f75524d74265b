package org.cybersudoe.network.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.internal.Callers;
import org.cybersudoe.network.internal.Fixtures;
import org.cybersudoe.network.internal.MeetingServiceImpl;
import org.cybersudoe.network.internal.StructureServiceImpl;
import org.cybersudoe.network.internal.TestDatabase;
import org.cybersudoe.network.internal.rest.Bodies.DecisionBody;
import org.cybersudoe.network.internal.rest.Bodies.MeetingBody;
import org.cybersudoe.network.internal.rest.Bodies.MinutesBody;
import org.cybersudoe.network.internal.rest.Bodies.NewDecisionBody;
import org.cybersudoe.web.RestCallers;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The meeting resource as a client calls it: the caller on the security context, the version in If-Match or the body. */
public class MeetingResourceTest {

    private static TestDatabase database;
    private static MeetingServiceImpl meetings;
    private static MeetingResource resource;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("meeting-resource");
        new StructureServiceImpl(database.db).create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        Fixtures.committee(database.db, "technical", "Technical committee");
        meetings = new MeetingServiceImpl(database.db, TestDatabase.config(15, 1024));
        resource = new MeetingResource(meetings);
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static SecurityContext as(Caller caller) {
        return RestCallers.securityContextOf(caller);
    }

    private static Meeting webConference(LocalDateTime start) {
        return meetings.schedule(Callers.FIB_STAFF, new MeetingDraft("technical", MeetingKind.WEB_CONFERENCE,
                LocalizedText.of(Language.EN, "Web conference"), start, "Europe/Madrid", 60, null, null, null, null,
                "https://webconf.example/t", List.of("Work plan")));
    }

    @Test
    public void minutesNeedTheVersionReadInTheBodyOrIfMatch() {
        Meeting m = webConference(LocalDateTime.of(2011, 1, 13, 10, 0));
        Map<String, Long> before = database.counts();

        ValidationException missing = assertThrows(ValidationException.class,
                () -> resource.minutes(as(Callers.FIB_STAFF), m.id(), null, new MinutesBody("Minutes.", null)));
        assertEquals(List.of("version"), missing.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(m, meetings.get(Callers.EVALUATOR, m.id()));

        MeetingBody written = resource.minutes(as(Callers.FIB_STAFF), m.id(), "\"" + m.version() + "\"",
                new MinutesBody("First minutes.", null));
        assertEquals("First minutes.", written.minutes());

        ConflictException stale = assertThrows(ConflictException.class, () -> resource.minutes(as(Callers.FIB_STAFF),
                m.id(), "\"" + m.version() + "\"", new MinutesBody("Other minutes.", null)));
        assertEquals("version", stale.fieldErrors().get(0).field());
        assertThrows(ConflictException.class, () -> resource.minutes(as(Callers.FIB_STAFF), m.id(), null,
                new MinutesBody("Other minutes.", m.version())));
        assertEquals("First minutes.", meetings.get(Callers.EVALUATOR, m.id()).minutes());

        assertEquals("a retry of the first write, its answer lost, is answered as the meeting is", written,
                resource.minutes(as(Callers.FIB_STAFF), m.id(), "\"" + m.version() + "\"",
                        new MinutesBody("First minutes.", null)));
        assertEquals(before, database.counts());
    }

    @Test
    public void theLocationOfADecisionAddedAnswers() throws NoSuchMethodException {
        Meeting m = webConference(LocalDateTime.of(2011, 2, 10, 10, 0));
        meetings.addDecision(Callers.FIB_STAFF, m.id(), "Adopt the work plan.", null);
        meetings.addDecision(Callers.FIB_STAFF, m.id(), "Meet again in March.", LocalDate.of(2011, 2, 11));

        // the POST answers 201 with Location <its path>/<number>: a GET must be mounted there
        String postPath = MeetingResource.class.getMethod("decision", SecurityContext.class, UriInfo.class, long.class,
                NewDecisionBody.class).getAnnotation(Path.class).value();
        Method get = MeetingResource.class.getMethod("decisionInfo", SecurityContext.class, long.class, int.class);
        assertTrue(get.isAnnotationPresent(GET.class));
        assertEquals(postPath + "/{number}", get.getAnnotation(Path.class).value());

        DecisionBody second = resource.decisionInfo(as(Callers.EVALUATOR), m.id(), 2);
        assertEquals(new DecisionBody(2, "Meet again in March.", LocalDate.of(2011, 2, 11)), second);
        assertEquals("Adopt the work plan.", resource.decisionInfo(as(Callers.LEITAT_STAFF), m.id(), 1).text());

        NotFoundException none = assertThrows(NotFoundException.class, () -> resource.decisionInfo(as(Callers.EVALUATOR), m.id(), 3));
        assertEquals("No decision of meeting " + m.id() + " '3'.", none.getMessage());
        assertEquals("La réunion " + m.id() + " n’a pas de décision « 3 ».", none.detail(Language.FR));
        assertThrows(NotFoundException.class, () -> resource.decisionInfo(as(Callers.EVALUATOR), 99_999, 1));
        assertThrows("read as the meeting is", AccessDeniedException.class,
                () -> resource.decisionInfo(as(Callers.COMPANY), m.id(), 1));
    }
}
