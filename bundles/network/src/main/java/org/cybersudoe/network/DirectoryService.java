package org.cybersudoe.network;

import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project directory: the people of the structures. A person is changed by the staff of
 * their structure's partner or by an admin; moving a person to another structure needs
 * change rights on both.
 */
@ProviderType
public interface DirectoryService {

    /** The properties {@link #search} sorts by. */
    List<String> SORTABLE = List.of("lastName", "firstName", "structure", "email");

    /**
     * A page of people matching the query, by last then first name unless sorted otherwise.
     * Needs network read access. Never null.
     */
    Page<Person> search(Caller caller, PersonQuery query, PageRequest page);

    /**
     * The person with this id. Needs network read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    Person get(Caller caller, long id);

    /**
     * Adds a person to the directory. Needs change rights on the person's structure; an
     * e-mail already in the directory is a {@link org.cybersudoe.core.error.ConflictException}.
     * Never null.
     */
    Person create(Caller caller, PersonDraft draft);

    /**
     * Replaces a person's data. Needs change rights on the current structure (and the new
     * one when it changes); a stale {@code expectedVersion} is a
     * {@link org.cybersudoe.core.error.ConflictException} and changes nothing. Never null.
     */
    Person update(Caller caller, long id, long expectedVersion, PersonDraft draft);
}
