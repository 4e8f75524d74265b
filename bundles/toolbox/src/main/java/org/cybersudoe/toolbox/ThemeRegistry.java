package org.cybersudoe.toolbox;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The themes known to the platform, fed by the theme bundles deployed and removed at runtime
 * (manifest header {@code CyberSudoe-Theme}). A theme once seen is remembered: when its bundle
 * goes, it stays listed as unavailable so the records that refer to it stay readable.
 * Every method needs network read access.
 */
@ProviderType
public interface ThemeRegistry {

    /**
     * The themes, ordered by kind then code. Never null.
     *
     * @param includeUnavailable also the themes whose bundle was removed ({@code available=false})
     */
    List<Theme> list(Caller caller, boolean includeUnavailable);

    /** The theme with this code; also finds themes whose bundle was removed ({@code available=false}). */
    Optional<Theme> find(Caller caller, String code);

    /**
     * The guide, video and questionnaire of a theme whose bundle is deployed; empty when the
     * theme is unknown or its bundle is gone (the content lives in the bundle). Never null.
     */
    Optional<ThemeContent> content(Caller caller, String code);

    /** The theme bundles that were refused, with every problem found; oldest first. Never null. */
    List<ThemeRefusal> refusals(Caller caller);
}
