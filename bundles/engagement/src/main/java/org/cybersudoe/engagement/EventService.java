package org.cybersudoe.engagement;

import java.io.InputStream;
import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * Awareness events, their registrations and attendance. Anyone reads open, full and held
 * events; network readers also read planned and cancelled ones and the registrations. A
 * partner's admins and staff change their own partner's events; admins change all.
 */
public interface EventService {

    List<String> SORTABLE = List.of("id", "start", "partner", "status");

    Page<Event> events(Caller caller, EventQuery query, PageRequest page);

    Event event(Caller caller, long id);

    /** Creates a planned event. */
    Event create(Caller caller, EventDraft draft);

    /**
     * Replaces the event's data; a capacity below the places taken is refused; a larger one
     * moves the waiting list up. Attendees see the change (SEQUENCE grows).
     */
    Event update(Caller caller, long id, long expectedVersion, EventDraft draft);

    /**
     * Moves the event along: open (needs every offered language's title and description),
     * held (after its start), cancelled (registrants are told). FULL is not a target: it follows
     * from the places.
     */
    Event changeStatus(Caller caller, long id, long expectedVersion, EventStatus status);

    /**
     * Registers a company: a place while there is one, else the waiting list. A confirmation in
     * the registrant's language, with the event as an iCalendar attachment, is queued in the same
     * transaction. Registering again with the same address returns the existing registration.
     * Anyone may register to an open or full event; partner staff also to a planned one.
     */
    Registration register(Caller caller, long eventId, RegistrationRequest request);

    /** The event's registrations, confirmed first then the waiting list in order, then cancelled. */
    List<Registration> registrations(Caller caller, long eventId);

    /**
     * Cancels a registration to event {@code eventId} (partner staff); the first on the waiting list
     * takes the place. Not found when the registration is not one of that event's.
     */
    Registration cancel(Caller caller, long eventId, long registrationId);

    /** Cancels through the link of the confirmation e-mail; no login. */
    Registration cancelByToken(String token);

    /** The registration a cancellation link points to, to show before confirming; no login. */
    Registration registrationByToken(String token);

    /** Checks a participant in, by registration id. Idempotent. */
    Registration checkIn(Caller caller, long eventId, long registrationId);

    /** Checks in a participant by e-mail address. Idempotent. */
    Registration checkIn(Caller caller, long eventId, String email);

    /**
     * Reads a sign-in sheet (CSV with a header; columns {@code email}, and optionally
     * {@code name}, {@code company}) and checks in everyone it names, or nobody when any line is
     * wrong (each error names its line and column).
     */
    SignInReport importSignInSheet(Caller caller, long eventId, InputStream csv);

    /** Distinct companies checked in to any held event of the partner (null: the whole network). */
    long companiesReached(Caller caller, String partner);
}
