package org.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The support structures of the network and their membership. A structure owns its records:
 * its staff change it, the lead partner's admins change any. Creating a structure, changing
 * its membership status, its lead-partner flag or its co-piloted work packages is for admins.
 */
@ProviderType
public interface StructureService {

    /** The properties {@link #list} sorts by. */
    List<String> SORTABLE = List.of("code", "name", "country", "status", "statusSince");

    /**
     * A page of structures matching the query, sorted as asked (by code when no sort is given).
     * Needs network read access. Never null.
     */
    Page<Structure> list(Caller caller, StructureQuery query, PageRequest page);

    /**
     * The structure with this code. Needs network read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    Structure get(Caller caller, String code);

    /**
     * Creates a structure and the first entry of its status history. Admins only. Every
     * offending field is named in one {@link org.cybersudoe.core.error.ValidationException};
     * a code already taken is a {@link org.cybersudoe.core.error.ConflictException}. Never null.
     */
    Structure create(Caller caller, StructureDraft draft);

    /**
     * Replaces the structure's data. Needs change rights on the structure; changing its
     * status, lead-partner flag or co-piloted work packages also needs an admin. A stale
     * {@code expectedVersion} is a {@link org.cybersudoe.core.error.ConflictException} and
     * changes nothing. A status change is recorded in the history, dated today. Never null.
     */
    Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft);

    /**
     * Changes the membership status as of {@code effectiveOn} (today when null) and records it
     * in the history; the same status again is accepted and changes nothing. Admins only.
     * Never null.
     */
    Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note);

    /** The structure's membership history, oldest first. Needs network read access. Never null. */
    List<StatusChange> statusHistory(Caller caller, String code);
}
