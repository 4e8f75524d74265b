package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A section of a newsletter issue, about one theme.
 *
 * @param theme the theme's code ({@code is-security}, ...)
 * @param title its title per language
 * @param body its text per language: plain text, paragraphs separated by blank lines (no HTML:
 *     the template lays it out and escapes it)
 */
public record IssueSection(String theme, LocalizedText title, LocalizedText body) {
}
