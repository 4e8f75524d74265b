package org.cybersudoe.diagnostic.internal.questionnaires;

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

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
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
 * Offers the questionnaires of every active bundle whose manifest names a folder in the header
 * {@value #HEADER} (each {@code *.json} file in it is one questionnaire), and withdraws them when
 * the bundle stops. Files are read on a thread of their own; the area's health waits for
 * {@link #settled()}.
 */
@Component(service = QuestionnaireExtender.class)
public class QuestionnaireExtender {

    public static final String HEADER = "CyberSudoe-Diagnostic";
    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireExtender.class);
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final QuestionnaireRegistry registry;
    private final ExecutorService loads = Executors.newSingleThreadExecutor(r -> new Thread(r, "cybersudoe-diagnostic-questionnaires"));
    private final AtomicInteger unsettled = new AtomicInteger();
    private final BundleTracker<String> tracker;

    @Activate
    public QuestionnaireExtender(BundleContext context, @Reference QuestionnaireRegistry registry) {
        this.registry = registry;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String folder = bundle.getHeaders().get(HEADER);
                if (folder == null || folder.isBlank()) {
                    return null;
                }
                unsettled.incrementAndGet();
                loads.execute(() -> {
                    try {
                        load(bundle, folder.strip());
                    } catch (IllegalStateException gone) {
                        LOG.warn("Questionnaires of bundle {} not read: the bundle went away first", bundle.getSymbolicName());
                    } finally {
                        unsettled.decrementAndGet();
                    }
                });
                return folder;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String folder) {
                loads.execute(() -> registry.withdraw(sourcePrefix(bundle)).forEach(code -> LOG.info(
                        "Questionnaire '{}' withdrawn: bundle {} stopped", code, bundle.getSymbolicName())));
            }
        };
        tracker.open();
    }

    /** True when every bundle seen so far has had its questionnaires read (or refused). */
    public boolean settled() {
        return unsettled.get() == 0;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        loads.shutdown();
        if (!loads.awaitTermination(30, TimeUnit.SECONDS)) {
            loads.shutdownNow();
        }
    }

    private static String sourcePrefix(Bundle bundle) {
        return bundle.getSymbolicName() + ":";
    }

    private void load(Bundle bundle, String folder) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.json", false);
        if (entries == null) {
            LOG.warn("Bundle {} names the questionnaire folder '{}' but it holds no .json file", bundle.getSymbolicName(), folder);
            return;
        }
        List<URL> files = new ArrayList<>(Collections.list(entries));
        files.sort(Comparator.comparing(URL::getPath));
        for (URL url : files) {
            String source = sourcePrefix(bundle) + url.getPath();
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                var q = registry.deploy(source, bytes);
                LOG.info("Questionnaire '{}' version {} offered by {} ({} questions)", q.code(), q.version(), source,
                        q.questions().count());
            } catch (ProblemException e) {
                String reason = reason(e);
                registry.refused(source, reason);
                LOG.error("Questionnaire file {} refused: {}", source, reason);
            } catch (IOException | RuntimeException e) {
                registry.refused(source, e.toString());
                LOG.error("Questionnaire file {} refused: {}", source, e.toString(), e);
            }
        }
    }

    private static String reason(ProblemException e) {
        if (e.fieldErrors().isEmpty()) {
            return e.getMessage();
        }
        StringBuilder b = new StringBuilder();
        for (FieldError f : e.fieldErrors()) {
            b.append(b.length() == 0 ? "" : "; ").append(f.field()).append(": ").append(f.detail());
        }
        return b.toString();
    }
}
