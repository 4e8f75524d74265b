package org.cybersudoe.network;

import java.time.Instant;

/**
 * A shared document and its latest version.
 *
 * @param id positive
 * @param folderType never null
 * @param folderCode the committee or work-package code; never null
 * @param title never null
 * @param ownerPartner the partner that owns it (the first uploader's); never null
 * @param latestVersion the number of its latest version, from 1
 * @param latest the latest version; never null
 * @param createdBy the login of the first uploader; never null
 * @param createdAt never null
 */
public record DocumentInfo(long id, FolderType folderType, String folderCode, String title, String ownerPartner,
        int latestVersion, DocumentVersion latest, String createdBy, Instant createdAt) {
}
