package org.cybersudoe.benchmark;

import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The evaluation sheets and their review. A sheet belongs to its owner structure: that
 * partner's admins and staff (and the lead partner's admins) write, change, delete and submit
 * it. Reviewers, the lead partner's admins or the partner-admins seated in the reviewing
 * committee (the technical committee by default) other than the owner's, publish it or return
 * it with comments. Published sheets are read by everyone with network read access; drafts
 * only by their partner and admins; submitted sheets also by reviewers.
 */
@ProviderType
public interface SheetService {

    /**
     * The properties {@link #search} sorts by; without one, by relevance when there are words,
     * else newest first (as {@code -id}).
     */
    List<String> SORTABLE = List.of("id", "updated");

    /** The methods a sheet may name, in display order. Needs network read access. Never null. */
    List<Method> methods(Caller caller);

    /**
     * The sheets the caller may read that match the query: full-text (stemmed per language)
     * and filters. Needs network read access. Never null.
     */
    Page<Sheet> search(Caller caller, SheetQuery query, PageRequest page);

    /**
     * One sheet.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none or the caller may not see it
     */
    Sheet get(Caller caller, long id);

    /**
     * Creates a draft owned by {@code draft.owner()}. Needs change rights on the owner. Every
     * offending field is named in one ValidationException. Never null.
     */
    Sheet create(Caller caller, SheetDraft draft);

    /**
     * Replaces a draft or returned sheet. Needs change rights on its owner (and on the new one
     * if the owner changes); a submitted or published sheet is a ConflictException, as is a
     * stale {@code expectedVersion}. Never null.
     */
    Sheet update(Caller caller, long id, long expectedVersion, SheetDraft draft);

    /** Deletes a draft or returned sheet. Needs change rights on its owner. */
    void delete(Caller caller, long id, long expectedVersion);

    /**
     * Sends a draft or returned sheet for review. Needs change rights on its owner; every
     * text field must then be given in at least one language (named otherwise). Never null.
     */
    Sheet submit(Caller caller, long id);

    /** Publishes a submitted sheet. Reviewers only (see above). Never null. */
    Sheet publish(Caller caller, long id, String comment);

    /** Returns a submitted sheet to its partner with a required comment. Reviewers only. Never null. */
    Sheet returnForChanges(Caller caller, long id, String comment);

    /** True when the caller may review this sheet (publish it or return it). */
    boolean canReview(Caller caller, long id);

    /** The sheet's review history, oldest first. Same read rights as {@link #get}. Never null. */
    List<SheetEvent> history(Caller caller, long id);

    /** Progress toward the target, per partner. Needs network read access. Never null. */
    Progress progress(Caller caller);
}
