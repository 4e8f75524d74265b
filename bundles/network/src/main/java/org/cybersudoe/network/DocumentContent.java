package org.cybersudoe.network;

/**
 * A version of a document with its bytes.
 *
 * @param version the version's data; never null
 * @param content the bytes, whose SHA-256 is {@code version.sha256()}; never null. Not
 *     copied: do not change them.
 */
public record DocumentContent(DocumentVersion version, byte[] content) {
}
