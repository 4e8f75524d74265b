package org.cybersudoe.engagement.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cybersudoe.core.data.DataFiles;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.place.Places;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.jpa.PlanTargetEntity;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the engagement data of programme bundles (manifest header {@code CyberSudoe-Engagement}):
 * files with {@code targets} (events and missions per partner country) are loaded at once;
 * a file with {@code generate} fills an empty database with demo activity, on a thread of its own
 * once the partners and themes are there, so that the area is up meanwhile; a generation the
 * area's stop cut short is completed at the next start.
 */
@Component(service = EngagementExtender.class)
public class EngagementExtender {

    public static final String HEADER = "CyberSudoe-Engagement";
    private static final Logger LOG = LoggerFactory.getLogger(EngagementExtender.class);
    private static final long WAIT_FOR_PROGRAMME_MS = 180_000;
    /** Karaf registers it once the boot features are installed (named, not imported: other runtimes lack it). */
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final EngagementDatabase db;
    private final StructureService structures;
    private final ThemeRegistry themes;
    private final DemoGenerator generator;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ExecutorService generation = Executors.newSingleThreadExecutor(r -> new Thread(r, "cybersudoe-engagement-demo"));
    private final DataFiles files;
    private final BundleContext context;

    @Activate
    public EngagementExtender(BundleContext context, @Reference EngagementDatabase db, @Reference StructureService structures,
            @Reference ThemeRegistry themes, @Reference DirectoryService directory, @Reference ImportService imports) {
        this.db = db;
        this.structures = structures;
        this.themes = themes;
        this.generator = new DemoGenerator(db, structures, themes, directory, imports);
        this.context = context;
        this.files = new DataFiles(context, HEADER, "Engagement data", this::load).open();
    }

    public boolean settled() {
        return files.settled();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        files.close();
        generation.shutdownNow();
        generation.awaitTermination(30, TimeUnit.SECONDS);
    }

    private Object load(String name, InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        if (root.has("targets")) {
            return loadTargets(root.get("targets"));
        }
        if (root.has("generate")) {
            JsonNode g = root.get("generate");
            DemoGenerator.Settings settings = new DemoGenerator.Settings(g.path("seed").asLong(2026),
                    g.path("companiesPerPartner").asInt(300), g.path("minRegistrations").asInt(12),
                    g.path("maxRegistrations").asInt(28), LocalDate.parse(g.path("heldFrom").asText("2010-01-11")),
                    LocalDate.parse(g.path("heldTo").asText("2011-11-30")));
            generation.execute(() -> generateOnce(settings));
            return "demo activity scheduled";
        }
        throw new IOException(name + ": expected 'targets' or 'generate'");
    }

    private String loadTargets(JsonNode targets) throws IOException {
        for (JsonNode t : targets) {
            String country = t.path("country").asText("");
            int events = t.path("events").asInt(-1);
            int missions = t.path("missions").asInt(-1);
            if (!Places.isCountry(country) || events < 0 || missions < 0) {
                throw new IOException("a target needs country (an ISO 3166-1 code such as FR), events and missions (0 or more): " + t);
            }
        }
        return db.tx(em -> {
            for (JsonNode t : targets) {
                PlanTargetEntity e = em.find(PlanTargetEntity.class, t.get("country").asText());
                if (e == null) {
                    e = new PlanTargetEntity();
                    e.country = t.get("country").asText();
                    em.persist(e);
                }
                e.events = t.get("events").asInt();
                e.missions = t.get("missions").asInt();
            }
            return targets.size() + " plan target(s)";
        });
    }

    private void generateOnce(DemoGenerator.Settings settings) {
        try {
            long deadline = System.currentTimeMillis() + WAIT_FOR_PROGRAMME_MS;
            // demo activity is background work: it waits for Karaf to finish booting, so that it
            // does not compete with the boot for the CPU (the boot is CPU-bound)
            while (context.getServiceReference(BOOT_FINISHED) == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
            }
            // the programme's loader may still be adding partners: wait until their number holds still
            long seen = -1;
            long now;
            while ((now = programmeSize()) <= 0 || now != seen) {
                seen = now;
                if (System.currentTimeMillis() > deadline) {
                    LOG.warn("Demo activity not generated: no partners or themes after {} s", WAIT_FOR_PROGRAMME_MS / 1000);
                    return;
                }
                Thread.sleep(2000);
            }
            int generatedBefore = generator.generatedPartners().size();
            if (generatedBefore == 0) {
                long events = db.tx(em -> em.createQuery("SELECT COUNT(e) FROM EventEntity e", Long.class).getSingleResult());
                if (events > 0) {
                    // events the generator did not write: demo activity would mix with real activity
                    LOG.info("Demo activity not generated: the database already holds {} event(s)", events);
                    return;
                }
            }
            long started = System.nanoTime();
            DemoGenerator.Outcome o = generator.generate(settings, () -> !generation.isShutdown());
            if (o.partners() > 0) {
                LOG.info("Demo activity generated in {} ms: {} partners{}, {} companies, {} events, {} registrations, {} missions",
                        (System.nanoTime() - started) / 1_000_000, o.partners(),
                        generatedBefore > 0 ? " (completing a generation stopped after " + generatedBefore + ")" : "", o.companies(),
                        o.events(), o.registrations(), o.missions());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (generation.isShutdown()) {
                // stopping the area interrupts the generation, and Derby closes an interrupted connection
                LOG.warn("Demo activity generation stopped with the area before it finished: the next start completes it "
                        + "(each partner's activity is written whole or not at all)");
            } else {
                LOG.error("Demo activity not generated: {}", e.toString(), e);
            }
        }
    }

    /** Partners in the network once themes and targets are there too; 0 before. */
    private long programmeSize() {
        try {
            boolean rest = !themes.list(Caller.SYSTEM, false).isEmpty()
                    && db.tx(em -> em.createQuery("SELECT COUNT(t) FROM PlanTargetEntity t", Long.class).getSingleResult()) > 0;
            return rest ? structures.list(Caller.SYSTEM, StructureQuery.all(), new PageRequest(0, 1, java.util.List.of())).total() : 0;
        } catch (RuntimeException notYet) {
            return 0;
        }
    }
}
