package org.cybersudoe.toolbox;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A theme of the toolbox, as declared by a theme bundle. Themes are data: a partner adds one
 * by deploying a bundle, so there is no enum of them anywhere.
 *
 * @param code the theme's stable code, such as {@code is-security}; never null
 * @param kind {@code "general"} or {@code "sector"}; kept as data so a new kind needs no code change
 * @param name the theme's name per language
 * @param description the theme's description per language
 * @param available false once the bundle that declared it is gone; its records stay readable
 * @param bundleSymbolicName the symbolic name of the bundle that declared it (last seen)
 * @param bundleVersion the version of that bundle (last seen)
 */
public record Theme(String code, String kind, LocalizedText name, LocalizedText description, boolean available,
        String bundleSymbolicName, String bundleVersion) {
}
