package org.cybersudoe.outreach.internal.newsletter;

import org.cybersudoe.core.i18n.Language;

/**
 * A message's content for one recipient, its two bodies already quoted-printable encoded
 * (UTF-8, CRLF line ends): what a campaign hands to {@link Mailer#build(EncodedMessage, String,
 * String, String)}. The arrays are not copied; nothing changes them once built.
 */
record EncodedMessage(Language language, String subject, byte[] html, byte[] text) {
}
