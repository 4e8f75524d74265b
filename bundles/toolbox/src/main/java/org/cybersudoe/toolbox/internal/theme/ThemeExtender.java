package org.cybersudoe.toolbox.internal.theme;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender for theme bundles: every active bundle with the manifest header
 * {@code CyberSudoe-Theme: <folder>} has its theme read and, when valid, made available; when
 * the bundle stops or is removed, the theme becomes unavailable. A refused bundle is logged
 * and listed by {@code toolbox:theme-list}; it stays tracked so that fixing and updating it
 * is seen as a new arrival. Registered as a service only so that the area's health can wait
 * for the themes already deployed at start.
 */
@Component(service = ThemeExtender.class)
public class ThemeExtender {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeExtender.class);

    private final ThemeRegistryImpl registry;
    private final BundleTracker<Long> tracker;

    @Activate
    public ThemeExtender(BundleContext context, @Reference ThemeRegistryImpl registry) {
        this.registry = registry;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders("").get(ThemeSource.HEADER);
                if (folder == null) {
                    return null;
                }
                registry.load(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                        ThemeSource.of(bundle));
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                registry.withdraw(id);
            }
        };
        // opening reads the theme bundles already active, before this component is registered
        tracker.open();
        LOG.debug("Theme extender tracking {} theme bundle(s)", tracker.size());
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }
}
