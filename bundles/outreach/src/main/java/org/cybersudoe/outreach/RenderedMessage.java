package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.Language;

/**
 * A newsletter as one recipient reads it.
 *
 * @param language the language it is written in (the recipient's, or the first of its fallbacks the issue has)
 * @param subject the subject line
 * @param html the HTML part
 * @param text the plain-text part
 */
public record RenderedMessage(Language language, String subject, String html, String text) {
}
