package org.cybersudoe.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way an area loads data shipped in bundles (a demo programme, benchmark sheets): every
 * active bundle whose manifest has {@code <header>: <folder>} has the {@code *.json} files of
 * that folder handed to the area's loader, in file-name order, one file per call. A refused file
 * is logged with its fields and does not stop the others. Loaders are expected to be idempotent,
 * so a bundle seen again after a restart changes nothing.
 *
 * <p>Files load on a thread of their own, one at a time and in order, so that the thread starting
 * bundles (at boot, Karaf's features installer) goes on with the next bundles meanwhile; an area's
 * health says down until {@link #settled()}, so nobody reads a half-loaded programme as the whole.
 *
 * <p>An area's extender component {@link #open() opens} one in its activation and
 * {@link #close() closes} it in its deactivation.
 */
public final class DataFiles implements AutoCloseable {

    /** Loads one file as one unit and says what it did; throws to refuse it. */
    @FunctionalInterface
    public interface Loader {
        Object load(String name, InputStream in) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DataFiles.class);

    private static final long CLOSE_WAIT_SECONDS = 60;

    private final String what;
    private final BundleTracker<String> tracker;
    private final ExecutorService loads;
    private final AtomicInteger unsettled = new AtomicInteger();

    /**
     * @param what what the files hold, for the log ("Programme data")
     * @param header the manifest header naming the folder
     */
    public DataFiles(BundleContext context, String header, String what, Loader loader) {
        this(context, header, what, loader, null);
    }

    /**
     * As above, for data offered only while its bundle is there: {@code unloader} is called with the
     * bundle's symbolic name when the bundle stops, on the same thread as the loads, after them.
     * The files of a bundle are named {@code <symbolic name>:<path>} in the loader's calls.
     */
    public DataFiles(BundleContext context, String header, String what, Loader loader, Consumer<String> unloader) {
        this.what = what;
        this.loads = Executors.newSingleThreadExecutor(r -> new Thread(r, "cybersudoe-data-" + header));
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders().get(header);
                if (folder == null || folder.isBlank()) {
                    return null;
                }
                unsettled.incrementAndGet();
                loads.execute(() -> {
                    try {
                        loadBundle(bundle, folder.strip(), loader);
                    } catch (IllegalStateException gone) {
                        LOG.warn("{} of bundle {} not loaded: the bundle went away first", what, bundle.getSymbolicName());
                    } finally {
                        unsettled.decrementAndGet();
                    }
                });
                return folder;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String folder) {
                if (unloader != null) {
                    String name = bundle.getSymbolicName();
                    loads.execute(() -> unloader.accept(name));
                }
            }
        };
    }

    /** True when every bundle seen so far has had its files loaded (or refused). */
    public boolean settled() {
        return unsettled.get() == 0;
    }

    public DataFiles open() {
        tracker.open();
        return this;
    }

    /** Stops watching bundles and waits for the loads under way, so none writes into a closed area. */
    @Override
    public void close() {
        tracker.close();
        loads.shutdown();
        try {
            if (!loads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{}: loads still running after {} s at close; interrupting them", what, CLOSE_WAIT_SECONDS);
                loads.shutdownNow();
            }
        } catch (InterruptedException e) {
            loads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void loadBundle(Bundle bundle, String folder, Loader loader) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.json", false);
        if (entries == null) {
            LOG.warn("Bundle {} names the {} folder '{}' but it holds no .json file", bundle.getSymbolicName(), what, folder);
            return;
        }
        List<URL> files = new ArrayList<>(Collections.list(entries));
        files.sort(Comparator.comparing(URL::getPath));
        for (URL url : files) {
            load(what, loader, bundle.getSymbolicName() + ":" + url.getPath(), url);
        }
    }

    /** Loads one file, logging what it did or why it was refused; never throws. */
    public static boolean load(String what, Loader loader, String name, URL url) {
        try (InputStream in = url.openStream()) {
            LOG.info("{} {}", what, loader.load(name, in));
            return true;
        } catch (ProblemException e) {
            StringBuilder fields = new StringBuilder();
            for (FieldError fe : e.fieldErrors()) {
                fields.append(fields.length() == 0 ? "" : "; ").append(fe.field()).append(": ").append(fe.detail());
            }
            LOG.error("{} file {} refused, nothing of it was loaded: {}", what, name,
                    fields.length() == 0 ? e.getMessage() : fields);
        } catch (IOException | RuntimeException e) {
            LOG.error("{} file {} refused, nothing of it was loaded: {}", what, name, e.toString(), e);
        }
        return false;
    }
}
