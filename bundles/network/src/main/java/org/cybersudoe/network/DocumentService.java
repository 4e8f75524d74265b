package org.cybersudoe.network;

import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Shared documents per committee or work package, with versions. A document belongs to the
 * partner that first uploaded it: that partner's staff and admins add versions. Everyone
 * with network read access lists and downloads. A file larger than the configured limit
 * (20 MiB by default) is refused.
 */
@ProviderType
public interface DocumentService {

    /** The properties {@link #list} sorts by. */
    List<String> SORTABLE = List.of("title", "updatedAt");

    /**
     * The documents of a folder (every folder when {@code folderType} is null), by title
     * unless sorted otherwise. Needs read access. Never null.
     */
    Page<DocumentInfo> list(Caller caller, FolderType folderType, String folderCode, PageRequest page);

    /**
     * The document with this id. Needs read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    DocumentInfo get(Caller caller, long documentId);

    /**
     * Adds a document with its first version. The folder must exist; needs change rights on
     * the owner partner. Never null.
     */
    DocumentInfo upload(Caller caller, NewDocument document);

    /** Adds a new version of a document. Needs change rights on the document's owner. Never null. */
    DocumentVersion addVersion(Caller caller, long documentId, FileUpload file);

    /** Every version of a document, oldest first. Needs read access. Never null, never empty. */
    List<DocumentVersion> versions(Caller caller, long documentId);

    /**
     * A version's content ({@code version} 0 means the latest). Needs read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when the document or version does not exist
     */
    DocumentContent download(Caller caller, long documentId, int version);
}
