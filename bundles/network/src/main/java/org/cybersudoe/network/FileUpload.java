package org.cybersudoe.network;

/**
 * A file as a client sends it.
 *
 * @param fileName the file's name, without folders
 * @param contentType its media type ({@code application/pdf}); null means {@code application/octet-stream}
 * @param content its bytes; not copied, do not change them after the call
 */
public record FileUpload(String fileName, String contentType, byte[] content) {
}
