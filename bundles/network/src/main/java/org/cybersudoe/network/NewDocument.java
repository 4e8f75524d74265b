package org.cybersudoe.network;

/**
 * A document to add to a shared folder, with its first version.
 *
 * @param folderType the kind of folder
 * @param folderCode the committee or work-package code
 * @param title what it is
 * @param ownerPartner the owning partner; null means the caller's partner (admins without
 *     a partner must name one)
 * @param file the first version
 */
public record NewDocument(FolderType folderType, String folderCode, String title, String ownerPartner,
        FileUpload file) {
}
