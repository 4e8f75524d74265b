package org.cybersudoe.toolbox;

import java.time.Instant;
import java.util.List;

/**
 * A theme bundle the toolbox refused; the other themes are not affected.
 *
 * @param bundleId the bundle's id in this server
 * @param bundleSymbolicName its symbolic name
 * @param bundleVersion its version
 * @param themeCode the code it declares, when it could be read; may be null
 * @param problems every problem found; never empty
 * @param refusedAt when it was refused
 */
public record ThemeRefusal(long bundleId, String bundleSymbolicName, String bundleVersion, String themeCode,
        List<ThemeProblem> problems, Instant refusedAt) {

    public ThemeRefusal {
        problems = List.copyOf(problems);
    }
}
