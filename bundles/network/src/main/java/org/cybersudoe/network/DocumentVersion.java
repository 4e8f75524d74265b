package org.cybersudoe.network;

import java.time.Instant;

/**
 * One version of a shared document, without its content.
 *
 * @param documentId the document
 * @param version its number, from 1
 * @param fileName the file name as uploaded; never null
 * @param contentType the media type as uploaded; never null
 * @param size the content's size in bytes
 * @param sha256 the content's SHA-256, 64 lower-case hex digits; never null
 * @param uploadedBy the uploader's login; never null
 * @param uploadedAt never null
 */
public record DocumentVersion(long documentId, int version, String fileName, String contentType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) {
}
