package org.cybersudoe.benchmark;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The golden rules and the charter made of them. Rules and charter versions are the lead
 * partner's to write (admins); every partner adopts the current version through its
 * partner-admins. Publishing a new version asks every partner to adopt again: adoption status
 * is always against the current version. Reading needs network read access.
 */
@ProviderType
public interface CharterService {

    /** The golden rules as they are now, in charter order. Never null. */
    List<GoldenRule> rules(Caller caller);

    /**
     * One rule.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none
     */
    GoldenRule rule(Caller caller, String code);

    /**
     * Adds a rule (admins). Title and text are required in each of the four languages, each
     * missing one named ({@code title.pt}); supporting sheets must be published. Never null.
     */
    GoldenRule createRule(Caller caller, GoldenRuleDraft draft);

    /** Replaces a rule (admins); a stale version is a ConflictException. Never null. */
    GoldenRule updateRule(Caller caller, String code, long expectedVersion, GoldenRuleDraft draft);

    /**
     * Deletes a rule written by mistake (admins). A rule that a published charter version holds
     * is part of what partners adopted and stays (a ConflictException), as does a stale
     * {@code expectedVersion}.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none
     */
    void deleteRule(Caller caller, String code, long expectedVersion);

    /** Every published version, newest first. Never null. */
    List<CharterVersion> versions(Caller caller);

    /** The current (newest) version, if one was published; never null. */
    Optional<CharterVersion> current(Caller caller);

    /**
     * One version.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none
     */
    CharterVersion version(Caller caller, int number);

    /**
     * Publishes the next version made of the rules as they are now (admins). The preamble is
     * required in each of the four languages, and so are the rules it copies (a rule lacking one
     * is a ConflictException naming it). The charter needs at least the configured number of
     * rules (9, the programme's target). From then on every
     * partner's adoption status asks for this version. Never null.
     */
    CharterVersion publish(Caller caller, LocalizedText preamble);

    /**
     * Records that {@code partner} adopts version {@code number}, which must be the current one
     * (an older one is a ConflictException). Needs the partner's admin, or an admin. Adopting
     * again the same version changes nothing and returns the first record. Never null.
     */
    Adoption adopt(Caller caller, String partner, int number);

    /** Each partner's standing with the current version, by partner code. Never null. */
    List<AdoptionStatus> adoptionStatus(Caller caller);

    /** Every adoption recorded, newest first. Never null. */
    List<Adoption> adoptions(Caller caller);
}
