package org.cybersudoe.network;

/**
 * A person's seat in a committee.
 *
 * @param personId the person; positive
 * @param personName "First Last"; never null
 * @param structureCode the person's structure; never null
 * @param role the role in the committee ("decision-maker", "representative", "chair", ...); never null
 */
public record CommitteeMember(long personId, String personName, String structureCode, String role) {
}
