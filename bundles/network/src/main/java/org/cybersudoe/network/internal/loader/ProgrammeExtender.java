package org.cybersudoe.network.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.network.internal.NetworkDatabase;
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
 * The extender for programme data: every active bundle with the manifest header
 * {@code CyberSudoe-Programme: <folder>} has the {@code *.json} files of that folder loaded,
 * in file-name order, each as one unit (see {@link ProgrammeLoader}). Loading is idempotent,
 * so a bundle seen again after a restart changes nothing.
 */
@Component(service = {})
public class ProgrammeExtender {

    public static final String HEADER = "CyberSudoe-Programme";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeExtender.class);

    private final ProgrammeLoader loader;
    private final BundleTracker<String> tracker;

    @Activate
    public ProgrammeExtender(BundleContext context, @Reference NetworkDatabase db) {
        this.loader = new ProgrammeLoader(db);
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders().get(HEADER);
                if (folder == null || folder.isBlank()) {
                    return null;
                }
                loadBundle(bundle, folder.strip());
                return folder;
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private void loadBundle(Bundle bundle, String folder) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.json", false);
        if (entries == null) {
            LOG.warn("Bundle {} names programme folder '{}' but it holds no .json file", bundle.getSymbolicName(), folder);
            return;
        }
        List<URL> files = new ArrayList<>(Collections.list(entries));
        files.sort(Comparator.comparing(URL::getPath));
        for (URL url : files) {
            String name = bundle.getSymbolicName() + ":" + url.getPath();
            loadFile(loader, name, url);
        }
    }

    /** Loads one file, logging what it did or why it was refused; never throws. */
    static boolean loadFile(ProgrammeLoader loader, String name, URL url) {
        try (InputStream in = url.openStream()) {
            LOG.info("Programme data {}", loader.load(name, in));
            return true;
        } catch (ProblemException e) {
            StringBuilder fields = new StringBuilder();
            for (FieldError fe : e.fieldErrors()) {
                fields.append(fields.length() == 0 ? "" : "; ").append(fe.field()).append(": ").append(fe.detail());
            }
            LOG.error("Programme data file {} refused, nothing of it was loaded: {}", name,
                    fields.length() == 0 ? e.getMessage() : fields);
        } catch (IOException | RuntimeException e) {
            LOG.error("Programme data file {} refused, nothing of it was loaded: {}", name, e.toString(), e);
        }
        return false;
    }
}
