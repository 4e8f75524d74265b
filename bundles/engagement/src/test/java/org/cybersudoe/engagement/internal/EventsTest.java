package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.RegistrationStatus;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Consent;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.ContactDraft;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class EventsTest {

    private Area area;

    @Before
    public void open() {
        area = Area.fresh("events");
    }

    @After
    public void close() {
        area.close();
    }

    private Event openEvent(int capacity) {
        Event e = area.events.create(Area.CYBERMASSIF_STAFF, Drafts.event(capacity, 30));
        return area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.OPEN);
    }

    private static List<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    private static FieldError error(ValidationException e, String field) {
        return e.fieldErrors().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    public void badEventsAreRefusedNamingEveryFieldAndNothingIsWritten() {
        EventDraft good = Drafts.event(20, 30);
        EventDraft bad = new EventDraft("nowhere", java.util.Set.of("no-such-theme"), good.language(), good.languages(), good.title(),
                good.description(), new org.cybersudoe.engagement.Venue("Salle", null, "Madrid", "ES30"), null, good.start(),
                good.start().minusHours(1), "Mars/Olympus", 0);
        ValidationException e = assertThrows(ValidationException.class, () -> area.events.create(Area.ADMIN, bad));
        List<String> f = fields(e);
        assertTrue(f.toString(), f.containsAll(List.of("partner", "themes", "end", "timeZone", "capacity")));
        assertEquals("a capacity out of range is one error: " + f, 1, f.stream().filter("capacity"::equals).count());
        // the reason itself, not a translation of its code, reaches a French caller
        assertEquals("must be after the start", error(e, "end").detail());
        assertEquals("doit être postérieure au début", error(e, "end").text().resolve(Language.FR).orElseThrow());
        assertEquals("no partner 'nowhere' in the network", error(e, "partner").detail());
        assertEquals("aucun partenaire « nowhere » dans le réseau", error(e, "partner").text().resolve(Language.FR).orElseThrow());
        assertEquals(0, area.count("eng_event"));

        EventDraft wrongRegion = new EventDraft("cybermassif", good.themes(), good.language(), good.languages(), good.title(),
                good.description(), new org.cybersudoe.engagement.Venue("Salle", null, "Madrid", "ES30"), null, good.start(),
                good.end(), good.timeZone(), 10);
        ValidationException region = assertThrows(ValidationException.class, () -> area.events.create(Area.ADMIN, wrongRegion));
        assertEquals(List.of("venue.region"), fields(region));
        assertEquals("must be a region of the partner's country FR (a code starting with FR)", region.fieldErrors().get(0).detail());
        assertEquals("debe ser una región del país del socio, FR (un código que empiece por FR)",
                region.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        EventDraft both = new EventDraft("cybermassif", good.themes(), good.language(), good.languages(), good.title(),
                good.description(), good.venue(), "https://meet.example/x", good.start(), good.end(), good.timeZone(), 10);
        assertTrue(fields(assertThrows(ValidationException.class, () -> area.events.create(Area.ADMIN, both))).contains("onlineLink"));
        assertEquals(0, area.count("eng_event"));
    }

    @Test
    public void anEventOpensOnlyWithItsTextsInEveryLanguageItIsAnnouncedIn() {
        EventDraft d = Drafts.event(20, 30);
        EventDraft frenchOnlyTexts = new EventDraft(d.partner(), d.themes(), d.language(), d.languages(),
                LocalizedText.of(Language.FR, "Sécurité"), LocalizedText.of(Language.FR, "Matinée"), d.venue(), null, d.start(), d.end(),
                d.timeZone(), 20);
        Event e = area.events.create(Area.CYBERMASSIF_STAFF, frenchOnlyTexts);
        assertEquals(EventStatus.PLANNED, e.status());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.OPEN));
        assertEquals(List.of("title.en", "description.en"), fields(refused));
        assertEquals(EventStatus.PLANNED, area.events.event(Area.ADMIN, e.id()).status());
        // not published: the public does not see it
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> area.events.event(Area.ANONYMOUS, e.id()));
        assertEquals("No event '" + e.id() + "'.", hidden.getMessage());
        assertEquals("Aucun événement « " + e.id() + " ».", hidden.detail(Language.FR));
    }

    @Test
    public void aPartnerChangesOnlyItsOwnEventsAndAnEvaluatorReadsAll() {
        Event e = openEvent(20);
        AccessDeniedException outside = assertThrows(AccessDeniedException.class,
                () -> area.events.update(Area.FIB_STAFF, e.id(), e.version(), Drafts.event(30, 30)));
        assertEquals("User 'pablo' may not change events of partner 'cybermassif'.", outside.getMessage());
        assertEquals("L’utilisateur « pablo » ne peut pas modifier les événements du partenaire « cybermassif ».",
                outside.detail(Language.FR));
        assertThrows(AccessDeniedException.class,
                () -> area.events.changeStatus(Area.FIB_STAFF, e.id(), e.version(), EventStatus.CANCELLED));
        assertThrows(AccessDeniedException.class, () -> area.events.create(Area.FIB_STAFF, Drafts.event(30, 30)));
        assertThrows(AccessDeniedException.class, () -> area.events.create(Area.EVALUATOR, Drafts.event(30, 30)));
        assertEquals(e.id(), area.events.event(Area.EVALUATOR, e.id()).id());
        assertEquals(1, area.events.events(Area.EVALUATOR, EventQuery.all(), new PageRequest(0, 10, List.of())).total());
        assertEquals(20, area.events.event(Area.ADMIN, e.id()).capacity());
    }

    @Test
    public void registrationFindsOrCreatesTheCompanyAndContactInTheDirectoryOnce() {
        Event a = openEvent(20);
        Event b = openEvent(20);
        Registration first = area.events.register(Area.ANONYMOUS, a.id(), Drafts.registrant(1, Language.PT));
        assertEquals(RegistrationStatus.CONFIRMED, first.status());
        assertNotNull(first.contactId());
        var companies = area.directory.companies(Area.ADMIN, new CompanyQuery(null, null, null, null, null, null,
                "person1@company1.example", null), new PageRequest(0, 10, List.of()));
        assertEquals(1, companies.total());
        assertEquals("cybermassif", companies.items().get(0).partner());
        assertEquals(first.companyId(), companies.items().get(0).id());

        // the same address again, with other spelling: the same registration, nothing added
        Registration again = area.events.register(Area.ANONYMOUS, a.id(), new RegistrationRequest(null, "ENTREPRISE 1", "FR", null,
                null, "P. 1", " Person1@Company1.example ", Language.PT));
        assertEquals(first.id(), again.id());
        // another event: another registration, the same company and contact
        Registration other = area.events.register(Area.ANONYMOUS, b.id(), Drafts.registrant(1, Language.PT));
        assertEquals(first.companyId(), other.companyId());
        assertEquals(first.contactId(), other.contactId());
        // a colleague of the same company (by name): the same company, a new contact
        Registration colleague = area.events.register(Area.ANONYMOUS, a.id(), new RegistrationRequest(null, "Entreprise 1", "FR",
                null, null, "Colleague", "colleague@company1.example", Language.FR));
        assertEquals(first.companyId(), colleague.companyId());
        assertTrue(!colleague.contactId().equals(first.contactId()));
        assertEquals(1, area.directory.companies(Area.ADMIN, new CompanyQuery("cybermassif", null, null, null, null, null, null, null),
                new PageRequest(0, 10, List.of())).total());
        assertEquals(3, area.count("eng_registration"));
    }

    @Test
    public void unknownCompanyAndBadAddressAreRefusedWithTheFieldNamed() {
        Event e = openEvent(20);
        ValidationException unknown = assertThrows(ValidationException.class, () -> area.events.register(Area.ANONYMOUS, e.id(),
                new RegistrationRequest(999_999L, null, null, null, null, "X", "x@example.org", Language.EN)));
        assertEquals(List.of("companyId"), fields(unknown));
        ValidationException missing = assertThrows(ValidationException.class, () -> area.events.register(Area.ANONYMOUS, e.id(),
                new RegistrationRequest(null, null, null, null, null, "X", "not-an-address", null)));
        assertTrue(fields(missing).toString(), fields(missing).containsAll(List.of("email", "language", "companyName", "country")));
        assertEquals(0, area.count("eng_registration"));
    }

    @Test
    public void theWaitingListMovesUpWhenAPlaceFreesAndWhenCapacityGrows() {
        Event e = openEvent(2);
        Registration r1 = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(2, Language.FR));
        Registration r3 = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(3, Language.ES));
        Registration r4 = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(4, Language.EN));
        assertEquals(RegistrationStatus.WAITING, r3.status());
        assertEquals(Integer.valueOf(1), r3.waitingPosition());
        assertEquals(Integer.valueOf(2), r4.waitingPosition());
        Event full = area.events.event(Area.ANONYMOUS, e.id());
        assertEquals(EventStatus.FULL, full.status());
        assertEquals(2, full.waiting());

        area.events.cancel(Area.CYBERMASSIF_STAFF, r1.eventId(), r1.id());
        List<Registration> book = area.events.registrations(Area.EVALUATOR, e.id());
        assertEquals(RegistrationStatus.CONFIRMED, status(book, r3.id()));
        assertEquals(RegistrationStatus.WAITING, status(book, r4.id()));
        assertEquals(Integer.valueOf(1), book.stream().filter(r -> r.id() == r4.id()).findFirst().orElseThrow().waitingPosition());

        // capacity below the places taken: refused, naming the field
        Event now = area.events.event(Area.ADMIN, e.id());
        ValidationException below = assertThrows(ValidationException.class,
                () -> area.events.update(Area.CYBERMASSIF_STAFF, e.id(), now.version(), Drafts.event(1, 30)));
        assertEquals(List.of("capacity"), fields(below));
        // a larger room: the waiting list moves up
        Event bigger = area.events.update(Area.CYBERMASSIF_STAFF, e.id(), now.version(), Drafts.event(3, 30));
        assertEquals(3, bigger.confirmed());
        assertEquals(0, bigger.waiting());
        assertEquals(RegistrationStatus.CONFIRMED, status(area.events.registrations(Area.ADMIN, e.id()), r4.id()));
        // a stale version changes nothing
        assertThrows(ConflictException.class, () -> area.events.update(Area.CYBERMASSIF_STAFF, e.id(), now.version(),
                Drafts.event(40, 30)));
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Event e = openEvent(20);
        Event read = area.events.event(Area.CYBERMASSIF_STAFF, e.id());
        // the same content again: another client holding the version it read must not get a conflict
        Event same = area.events.update(Area.CYBERMASSIF_STAFF, e.id(), read.version(), draftOf(read));
        assertEquals(read, same);
        assertEquals(read, area.events.event(Area.CYBERMASSIF_STAFF, e.id()));

        EventDraft d = draftOf(read);
        EventDraft moreThemes = new EventDraft(d.partner(), java.util.Set.of("is-security", "e-hr"), d.language(), d.languages(),
                d.title(), d.description(), d.venue(), d.onlineLink(), d.start(), d.end(), d.timeZone(), d.capacity());
        Event changed = area.events.update(Area.CYBERMASSIF_STAFF, e.id(), read.version(), moreThemes);
        assertEquals(read.version() + 1, changed.version());
        assertEquals("subscribed calendars see the change", read.sequence() + 1, changed.sequence());
        assertEquals(java.util.Set.of("is-security", "e-hr"), changed.themes());
        assertEquals("the change retried with the version it was sent with, once applied, is no conflict, and calendars"
                + " see no new sequence", changed, area.events.update(Area.CYBERMASSIF_STAFF, e.id(), read.version(), moreThemes));
        assertThrows(ConflictException.class, () -> area.events.update(Area.CYBERMASSIF_STAFF, e.id(), read.version(), d));
        assertEquals(changed, area.events.event(Area.CYBERMASSIF_STAFF, e.id()));
    }

    /** The draft a client sends back when it changes nothing. */
    private static EventDraft draftOf(Event e) {
        return new EventDraft(e.partner(), e.themes(), e.language(), e.languages(), e.title(), e.description(), e.venue(),
                e.onlineLink(), e.start().toLocalDateTime(), e.end().toLocalDateTime(), e.start().getZone().getId(), e.capacity());
    }

    @Test
    public void concurrentRegistrationsForTheLastPlaceNeverOverbook() throws Exception {
        Event e = openEvent(5);
        for (int i = 0; i < 4; i++) {
            area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(i, Language.FR));
        }
        int contenders = 12;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Registration>> results = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            int n = 100 + i;
            results.add(pool.submit((Callable<Registration>) () -> {
                go.await();
                return area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(n, Language.FR));
            }));
        }
        go.countDown();
        List<Registration> done = new ArrayList<>();
        for (Future<Registration> f : results) {
            done.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, done.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
        assertEquals(contenders - 1, done.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), done.stream().map(Registration::waitingPosition)
                .filter(java.util.Objects::nonNull).sorted().collect(Collectors.toList()));
        Event after = area.events.event(Area.ADMIN, e.id());
        assertEquals(5, after.confirmed());
        assertEquals(contenders - 1, after.waiting());
        // the book agrees with the counter
        assertEquals(5, area.events.registrations(Area.ADMIN, e.id()).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
    }

    @Test
    public void cancellingAnEventKeepsItsRegistrationsButTakesNoMore() {
        Event e = openEvent(5);
        area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        Event cancelled = area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), area.events.event(Area.ADMIN, e.id()).version(),
                EventStatus.CANCELLED);
        assertEquals(EventStatus.CANCELLED, cancelled.status());
        assertTrue(cancelled.sequence() > e.sequence());
        ConflictException closed = assertThrows(ConflictException.class,
                () -> area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(2, Language.FR)));
        assertEquals("Event " + e.id() + " is cancelled: it takes no registration.", closed.getMessage());
        assertEquals("El evento " + e.id() + " está en estado «cancelled»: no admite inscripciones.", closed.detail(Language.ES));
        // the registrant is told: a message is owed
        assertEquals(2, area.count("eng_outbox"));
    }

    @Test
    public void attendanceComesFromCheckInsAndSignInSheetsAndCountsEachCompanyOnce() throws Exception {
        Event a = openEvent(30);
        Event b = openEvent(30);
        for (int i = 1; i <= 3; i++) {
            area.events.register(Area.ANONYMOUS, a.id(), Drafts.registrant(i, Language.FR));
            area.events.register(Area.ANONYMOUS, b.id(), Drafts.registrant(i, Language.FR));
        }
        // the day has come: check-in opens
        forceStarted(a.id());
        forceStarted(b.id());
        Registration byId = area.events.registrations(Area.ADMIN, a.id()).get(0);
        assertNotNull(area.events.checkIn(Area.CYBERMASSIF_STAFF, a.id(), byId.id()).checkedInAt());
        assertThrows(AccessDeniedException.class, () -> area.events.checkIn(Area.FIB_STAFF, a.id(), byId.id()));

        // a sheet with bad lines checks nobody in, and says which lines
        String bad = "name,email\nPersonne 2,person2@company2.example\nNobody,nobody@nowhere.example\n,\n";
        var refused = area.events.importSignInSheet(Area.CYBERMASSIF_STAFF, a.id(), stream(bad));
        assertEquals(List.of(3, 4), refused.errors().stream().map(x -> x.line()).toList());
        assertEquals("no registration of nobody@nowhere.example to this event", refused.errors().get(0).message());
        assertEquals("não existe nenhuma inscrição de nobody@nowhere.example neste evento",
                refused.errors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals("n’a pas d’adresse électronique", refused.errors().get(1).text().resolve(Language.FR).orElseThrow());
        assertNull(area.events.registrations(Area.ADMIN, a.id()).stream().filter(r -> r.email().startsWith("person2"))
                .findFirst().orElseThrow().checkedInAt());
        String noEmail = "name\nPersonne 2\n";
        assertEquals("email", area.events.importSignInSheet(Area.CYBERMASSIF_STAFF, a.id(), stream(noEmail)).errors().get(0).field());

        String good = "Email;Name\nperson2@company2.example;Personne 2\nPERSON1@company1.example;Personne 1\n";
        var accepted = area.events.importSignInSheet(Area.CYBERMASSIF_STAFF, a.id(), stream(good.replace(';', ',')));
        assertTrue(accepted.errors().toString(), accepted.accepted());
        assertEquals(1, accepted.checkedIn());
        assertEquals(1, accepted.alreadyCheckedIn());
        area.events.checkIn(Area.CYBERMASSIF_STAFF, b.id(), "person1@company1.example");

        // not held yet: not counted as reached
        assertEquals(0, area.events.companiesReached(Area.EVALUATOR, "cybermassif"));
        for (Event e : List.of(a, b)) {
            forceStarted(e.id());
            area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), area.events.event(Area.ADMIN, e.id()).version(), EventStatus.HELD);
        }
        // company 1 came twice, company 2 once: two companies reached
        assertEquals(2, area.events.companiesReached(Area.EVALUATOR, "cybermassif"));
        assertEquals(2, area.events.companiesReached(Area.EVALUATOR, null));
        Event held = area.events.event(Area.ANONYMOUS, a.id());
        assertEquals(2, held.companiesAttended());
        assertTrue("held with fewer than 15 companies", held.underAttended());
    }

    @Test
    public void theJoinLinkOfAnOnlineEventGoesToRegistrantsNotToThePublic() {
        EventDraft d = Drafts.event(20, 30);
        EventDraft online = new EventDraft(d.partner(), d.themes(), d.language(), d.languages(), d.title(), d.description(), null,
                "https://meet.example/room-42", d.start(), d.end(), d.timeZone(), 20);
        Event e = area.events.create(Area.CYBERMASSIF_STAFF, online);
        area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.OPEN);
        assertNull(area.events.event(Area.ANONYMOUS, e.id()).onlineLink());
        assertNull(area.events.events(Area.ANONYMOUS, EventQuery.all(), new PageRequest(0, 10, List.of())).items().get(0).onlineLink());
        assertEquals("https://meet.example/room-42", area.events.event(Area.EVALUATOR, e.id()).onlineLink());
        String ics = area.calendars().event(org.cybersudoe.engagement.internal.events.EventRows.publicView(
                area.events.event(Area.ADMIN, e.id())), Language.EN);
        assertTrue(ics, !ics.contains("room-42"));
    }

    @Test
    public void anEventIsMarkedHeldOnlyOnceStarted() {
        Event e = openEvent(5);
        ValidationException early = assertThrows(ValidationException.class,
                () -> area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.HELD));
        assertEquals(List.of("status"), fields(early));
    }

    @Test
    public void registrationsAreMadeByThePublicOrTheEventsPartnerAndAddNobodyToAnotherPartnersDirectory() {
        Event e = openEvent(20);
        Company fibs = area.directory.createCompany(Area.FIB_STAFF, new CompanyDraft("fib", "Hotel Bilbao", null, "ES", null, null,
                null, null, null, null));
        RegistrationRequest intoFib = new RegistrationRequest(fibs.id(), null, null, null, null, "X", "xa.r4@xa-test.example",
                Language.ES);

        // an evaluator reads everything and writes nothing, not even a registration in the public's shape
        AccessDeniedException evaluator = assertThrows(AccessDeniedException.class,
                () -> area.events.register(Area.EVALUATOR, e.id(), intoFib));
        assertEquals("User 'eva' may not register companies to events of partner 'cybermassif'.", evaluator.getMessage());
        assertEquals("El usuario «eva» no puede inscribir empresas en eventos del socio «cybermassif».",
                evaluator.detail(Language.ES));
        assertThrows(AccessDeniedException.class, () -> area.events.register(Area.EVALUATOR, e.id(), Drafts.registrant(1, Language.FR)));
        // another partner's staff does not register to this partner's event
        assertThrows(AccessDeniedException.class, () -> area.events.register(Area.FIB_STAFF, e.id(), intoFib));
        // the event's own staff does not add a contact to another partner's company
        AccessDeniedException directory = assertThrows(AccessDeniedException.class,
                () -> area.events.register(Area.CYBERMASSIF_STAFF, e.id(), intoFib));
        assertEquals("User 'carla' may not add contacts to the directory of partner 'fib' (company " + fibs.id()
                + ") through a registration.", directory.getMessage());
        assertEquals(0, area.count("eng_registration"));
        assertEquals(List.of(), area.directory.contacts(Area.ADMIN, fibs.id()));

        // a contact fib already holds is registered by the event's staff: the directory is only read
        area.directory.addContact(Area.FIB_STAFF, fibs.id(), new ContactDraft("Xabier", "xabier@bilbao.example", Language.ES,
                new Consent(ConsentBasis.INFORMED, java.time.LocalDate.now(), "fair")));
        Registration known = area.events.register(Area.CYBERMASSIF_STAFF, e.id(), new RegistrationRequest(fibs.id(), null, null, null,
                null, "Xabier", "xabier@bilbao.example", Language.ES));
        assertEquals(fibs.id(), known.companyId());
        assertEquals(1, area.directory.contacts(Area.ADMIN, fibs.id()).size());
        // the event's staff adds its own partner's companies and contacts; an admin anyone; the public itself
        Company own = area.directory.createCompany(Area.CYBERMASSIF_STAFF, new CompanyDraft("cybermassif", "Coutellerie", null, "FR",
                null, null, null, null, null, null));
        Registration staff = area.events.register(Area.CYBERMASSIF_STAFF, e.id(), new RegistrationRequest(own.id(), null, null, null,
                null, "Claire", "claire@coutellerie.example", Language.FR));
        assertNotNull(staff.contactId());
        assertEquals(RegistrationStatus.CONFIRMED, area.events.register(Area.ADMIN, e.id(), intoFib).status());
        assertEquals(1, area.directory.contacts(Area.ADMIN, fibs.id()).stream()
                .filter(k -> k.email().equals("xa.r4@xa-test.example")).count());
        assertEquals(RegistrationStatus.CONFIRMED, area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(2, Language.FR)).status());
        assertEquals(4, area.count("eng_registration"));
    }

    @Test
    public void aWallClockTimeTheClocksSkipOrPassTwiceIsRefusedNamingTheField() {
        EventDraft d = Drafts.event(20, 30);
        java.util.function.BiFunction<String, String, EventDraft> at = (start, end) -> new EventDraft(d.partner(), d.themes(),
                d.language(), d.languages(), d.title(), d.description(), d.venue(), null, java.time.LocalDateTime.parse(start),
                java.time.LocalDateTime.parse(end), "Europe/Madrid", 20);

        ValidationException skipped = assertThrows(ValidationException.class,
                () -> area.events.create(Area.CYBERMASSIF_STAFF, at.apply("2027-03-28T02:30:00", "2027-03-28T03:30:00")));
        assertEquals(List.of("start"), fields(skipped));
        assertEquals("does not exist in Europe/Madrid: that day the clocks go forward from 02:00 to 03:00",
                error(skipped, "start").detail());
        assertEquals("no existe en Europe/Madrid: ese día los relojes se adelantan de las 02:00 a las 03:00",
                error(skipped, "start").text().resolve(Language.ES).orElseThrow());
        assertEquals(List.of("end"), fields(assertThrows(ValidationException.class,
                () -> area.events.create(Area.CYBERMASSIF_STAFF, at.apply("2027-03-28T01:00:00", "2027-03-28T02:15:00")))));
        ValidationException twice = assertThrows(ValidationException.class,
                () -> area.events.create(Area.CYBERMASSIF_STAFF, at.apply("2027-10-31T02:30:00", "2027-10-31T04:00:00")));
        assertEquals(List.of("start"), fields(twice));
        assertTrue(error(twice, "start").detail(), error(twice, "start").detail().startsWith(
                "is ambiguous in Europe/Madrid: that day the clocks go back from 03:00 to 02:00"));
        assertEquals(0, area.count("eng_event"));

        // across the change, times that exist once are kept as given, and the event lasts what its offsets say
        Event across = area.events.create(Area.CYBERMASSIF_STAFF, at.apply("2027-03-28T01:00:00", "2027-03-28T04:00:00"));
        assertEquals("2027-03-28T01:00+01:00", across.start().toOffsetDateTime().toString());
        assertEquals("2027-03-28T04:00+02:00", across.end().toOffsetDateTime().toString());
    }

    @Test
    public void aMissingPartnerIsNamedWithEveryOtherMissingFieldBeforeAnyScope() {
        EventDraft empty = org.cybersudoe.engagement.internal.rest.Bodies.draft(new org.cybersudoe.engagement.internal.rest.Bodies
                .EventBody(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null));
        for (var caller : List.of(Area.CYBERMASSIF_STAFF, Area.EVALUATOR)) {
            ValidationException missing = assertThrows(ValidationException.class, () -> area.events.create(caller, empty));
            assertTrue(fields(missing).toString(), fields(missing).containsAll(List.of("partner", "themes", "language", "title",
                    "venue", "start", "end", "timeZone", "capacity")));
            assertEquals("is required", error(missing, "partner").detail());
        }
        Event e = openEvent(20);
        ValidationException update = assertThrows(ValidationException.class,
                () -> area.events.update(Area.CYBERMASSIF_STAFF, e.id(), e.version(), empty));
        assertTrue(fields(update).toString(), fields(update).contains("partner"));
        assertEquals(1, area.count("eng_event"));
    }

    @Test
    public void checkInIsForThoseHoldingAPlaceFromTheEventsDayOn() throws Exception {
        Event e = openEvent(1);
        Registration placed = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        Registration waiting = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(2, Language.FR));
        assertEquals(Integer.valueOf(1), waiting.waitingPosition());

        // a month ahead: nobody has come yet
        ConflictException early = assertThrows(ConflictException.class,
                () -> area.events.checkIn(Area.CYBERMASSIF_STAFF, e.id(), placed.id()));
        String day = e.start().toLocalDate().toString();
        assertEquals("Event " + e.id() + " takes place on " + day + " (Europe/Paris): check-in opens that day.", early.getMessage());
        assertEquals("L’événement " + e.id() + " a lieu le " + day + " (Europe/Paris) : l’enregistrement des présences s’ouvre ce jour-là.",
                early.detail(Language.FR));
        assertThrows(ConflictException.class, () -> area.events.importSignInSheet(Area.CYBERMASSIF_STAFF, e.id(),
                stream("email\nperson1@company1.example\n")));

        forceStarted(e.id());
        assertNotNull(area.events.checkIn(Area.CYBERMASSIF_STAFF, e.id(), placed.id()).checkedInAt());
        // someone on the waiting list holds no place: refused, by address, id or sheet, and the list stays as it was
        ConflictException onList = assertThrows(ConflictException.class,
                () -> area.events.checkIn(Area.CYBERMASSIF_STAFF, e.id(), "person2@company2.example"));
        assertEquals("person2@company2.example is number 1 on the waiting list of event " + e.id()
                + ": give them a place first (cancel a registration or raise the capacity).", onList.getMessage());
        assertEquals("person2@company2.example ocupa el puesto 1 en la lista de espera del evento " + e.id()
                + ": asígnele primero una plaza (cancelando una inscripción o aumentando el aforo).", onList.detail(Language.ES));
        assertThrows(ConflictException.class, () -> area.events.checkIn(Area.CYBERMASSIF_STAFF, e.id(), waiting.id()));
        var sheet = area.events.importSignInSheet(Area.CYBERMASSIF_STAFF, e.id(), stream("email\nperson2@company2.example\n"));
        assertEquals(List.of(2), sheet.errors().stream().map(x -> x.line()).toList());
        assertEquals("person2@company2.example is number 1 on the waiting list: give them a place before checking them in",
                sheet.errors().get(0).message());
        Registration still = area.events.registrations(Area.ADMIN, e.id()).stream().filter(r -> r.id() == waiting.id()).findFirst()
                .orElseThrow();
        assertNull(still.checkedInAt());
        assertEquals(Integer.valueOf(1), still.waitingPosition());
        assertEquals(1, area.events.event(Area.ADMIN, e.id()).companiesAttended());

        // given a place, they check in; the answer says what the list says
        Event now = area.events.event(Area.ADMIN, e.id());
        EventDraft bigger = draftOf(now);
        area.events.update(Area.CYBERMASSIF_STAFF, e.id(), now.version(), new EventDraft(bigger.partner(), bigger.themes(),
                bigger.language(), bigger.languages(), bigger.title(), bigger.description(), bigger.venue(), null, bigger.start(),
                bigger.end(), bigger.timeZone(), 2));
        Registration came = area.events.checkIn(Area.CYBERMASSIF_STAFF, e.id(), "person2@company2.example");
        assertEquals(RegistrationStatus.CONFIRMED, came.status());
        assertNull(came.waitingPosition());
        assertEquals(2, area.events.event(Area.ADMIN, e.id()).companiesAttended());
    }

    @Test
    public void registeringTheSameAddressAgainCreatesNothingAndSaysSo() {
        Event e = openEvent(20);
        var first = area.events.enrol(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        assertTrue(first.created());
        long owed = area.count("eng_outbox");
        var again = area.events.enrol(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        assertTrue("a repeat is not a creation", !again.created());
        assertEquals(first.registration().id(), again.registration().id());
        assertEquals("no second confirmation", owed, area.count("eng_outbox"));
        // cancelled, then registered again: a place is taken anew
        area.events.cancel(Area.CYBERMASSIF_STAFF, e.id(), first.registration().id());
        assertTrue(area.events.enrol(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR)).created());
    }

    @Test
    public void aRegistrationShowsItsCompanysCountry() {
        Event e = openEvent(20);
        Registration r = area.events.register(Area.ANONYMOUS, e.id(), new RegistrationRequest(null, "Bodega Sol", "es", null, null,
                "Ana", "ana@sol.example", Language.ES));
        assertEquals("ES", r.country());
        assertEquals("ES", area.events.registrations(Area.EVALUATOR, e.id()).get(0).country());
    }

    /** Moves an event's start an hour into the past, as time would, on the wall clock of its time zone too. */
    private void forceStarted(long eventId) {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris")).minusHours(1);
        area.db.tx(em -> em.createNativeQuery("UPDATE eng_event SET start_utc = ?, start_local = ? WHERE id = ?")
                .setParameter(1, start.withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime())
                .setParameter(2, start.toLocalDateTime()).setParameter(3, eventId).executeUpdate());
    }

    private static java.io.InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static RegistrationStatus status(List<Registration> book, long id) {
        return book.stream().filter(r -> r.id() == id).findFirst().orElseThrow().status();
    }
}
