package org.cybersudoe.network;

import java.util.List;

import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The committees and their members. A partner names its own people to a committee: adding
 * or removing a member needs change rights on the member's structure.
 */
@ProviderType
public interface CommitteeService {

    /** Every committee with its members, by code. Needs network read access. Never null. */
    List<Committee> list(Caller caller);

    /**
     * The committee with this code and its members. Needs network read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    Committee get(Caller caller, String code);

    /**
     * Seats a person in a committee, or changes the role of a person already seated. Needs
     * change rights on the person's structure. Returns the committee as it now is; never null.
     */
    Committee addMember(Caller caller, String committeeCode, long personId, String role);

    /**
     * Removes a person from a committee; removing someone who is not a member is a
     * {@link org.cybersudoe.core.error.NotFoundException}. Needs change rights on the person's
     * structure. Returns the committee as it now is; never null.
     */
    Committee removeMember(Caller caller, String committeeCode, long personId);
}
