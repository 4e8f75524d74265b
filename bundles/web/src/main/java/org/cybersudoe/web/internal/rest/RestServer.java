package org.cybersudoe.web.internal.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.Path;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.utils.AnnotationUtils;
import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.web.Whiteboard;
import org.cybersudoe.web.internal.Debouncer;
import org.cybersudoe.web.internal.PlatformBus;
import org.cybersudoe.web.internal.WebConfig;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.health.HealthAggregator;
import org.cybersudoe.web.internal.health.HealthReport;
import org.cybersudoe.web.internal.health.HealthResource;
import org.cybersudoe.web.internal.health.HealthTexts;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST whiteboard: tracks every service registered with {@code osgi.jaxrs.resource=true}
 * and serves them all, with the health resource, from one CXF server at {@code /api} on the
 * default bus. The server is rebuilt when resources come or go, once per burst.
 */
@Component(immediate = true, configurationPid = WebConfig.PID)
@Designate(ocd = WebConfig.class)
public final class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    private static final long DEBOUNCE_MILLIS = 250;
    private static final long KEY_PURGE_MINUTES = 60;
    /** At most this long after start, builds wait for every expected area (see {@link BootGate}). */
    private static final long BOOT_WAIT_SECONDS = 30;
    private static final String FILTER = "(" + Whiteboard.REST_RESOURCE + "=true)";

    private final BundleContext context;
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor;
    private final Debouncer rebuild;
    private final RestServerFactory factory;
    private final ServiceTracker<Object, Object> tracker;
    private final HealthResource health;
    private final BootGate bootGate = new BootGate(TimeUnit.SECONDS.toNanos(BOOT_WAIT_SECONDS), System::nanoTime);
    private volatile WebSettings settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile IdempotencyStore idempotencyKeys;
    private volatile HealthStatus restState = HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.building"));
    /**
     * Counts resources coming and going, and which count the running server has taken in: a
     * rebuild asked for without such a change (an area's health arriving, the boot deadline)
     * keeps the server reported up, as it serves exactly what is registered.
     */
    private final AtomicLong resourceChanges = new AtomicLong();
    private volatile long servedChanges = -1;
    // touched only on the executor's thread
    private Server server;
    private List<Object> builtResources = List.of();
    private int builtDepth;

    @Activate
    public RestServer(BundleContext context, WebConfig config, @Reference Authenticator authenticator)
            throws InvalidSyntaxException {
        this.context = context;
        this.settings = WebSettings.of(config);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "cybersudoe-rest-server"));
        this.rebuild = new Debouncer(executor, this::rebuild, DEBOUNCE_MILLIS);
        Bus bus = PlatformBus.defaultBus();
        this.factory = new RestServerFactory(bus, Whiteboard.REST_ADDRESS, authenticator, () -> settings, () -> idempotencyKeys,
                context.getBundle().getVersion().toString());
        this.health = new HealthResource(this::healthReport);
        this.tracker = new ServiceTracker<>(context, context.createFilter(FILTER), new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = context.getService(reference);
                if (service == null) {
                    return null;
                }
                if (AnnotationUtils.getClassAnnotation(service.getClass(), Path.class) == null) {
                    LOG.warn("Service {} of bundle {} has {}=true but its class {} has no @Path: not served",
                            reference.getProperty("service.id"), reference.getBundle().getSymbolicName(),
                            Whiteboard.REST_RESOURCE, service.getClass().getName());
                }
                resourceChanges.incrementAndGet();
                rebuild.trigger();
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Object service) {
                // properties changed, the instance did not: nothing to rebuild
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                resourceChanges.incrementAndGet();
                rebuild.trigger();
                context.ungetService(reference);
            }
        });
        tracker.open();
        rebuild.trigger();
        // builds held back at boot happen at the latest when the gate's deadline passes
        executor.schedule(rebuild::trigger, bootGate.remainingNanos(), TimeUnit.NANOSECONDS);
        executor.scheduleWithFixedDelay(this::purgeExpiredKeys, KEY_PURGE_MINUTES, KEY_PURGE_MINUTES, TimeUnit.MINUTES);
    }

    @Modified
    void modified(WebConfig config) {
        WebSettings previous = settings;
        settings = WebSettings.of(config);
        // The body limit and the expected areas are read per request; only the JSON depth is built
        // into the server (its mapper), so rebuild only for that.
        if (previous.maxJsonDepth() != settings.maxJsonDepth()) {
            rebuild.trigger();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        if (server != null) {
            factory.destroy(server);
            server = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHealthContributor(HealthContributor contributor) {
        contributors.add(contributor);
        // this area may complete the boot's set: build what waited for it (a no-op when nothing changed)
        rebuild.trigger();
    }

    void removeHealthContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    private void purgeExpiredKeys() {
        IdempotencyStore keys = idempotencyKeys;
        if (keys == null) {
            return;
        }
        try {
            int purged = keys.purge(Instant.now().minus(settings.idempotencyKeyLifetime()));
            LOG.debug("Purged {} expired idempotency key(s)", purged);
        } catch (RuntimeException e) {
            // the next round tries again; an expired key left meanwhile counts as free anyway
            LOG.warn("Purging expired idempotency keys failed: {}", e.toString());
        }
    }

    private HealthReport healthReport(Language language) {
        // Resources that arrived but are not served yet would answer 404: not ready until built.
        boolean unserved = resourceChanges.get() != servedChanges;
        HealthStatus rest = unserved && rebuild.isPending() ? HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.rebuilding-changed"))
                // asked here too, not only by builds: the first build may already hold every resource
                : bootGate.holdsBack(settings.expectedAreas(), presentAreas())
                        ? HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.waiting-for-areas"))
                : restState;
        return HealthAggregator.aggregate(settings.expectedAreas(), contributors, rest, language);
    }

    private void rebuild() {
        WebSettings now = settings;
        // read before the resources, so that a change arriving meanwhile leaves the count behind
        long changes = resourceChanges.get();
        List<Object> resources = trackedResources();
        if (server != null && builtDepth == now.maxJsonDepth() && sameResources(resources)) {
            servedChanges = changes;
            return;
        }
        if (server != null && bootGate.holdsBack(now.expectedAreas(), presentAreas())) {
            LOG.debug("REST server build held back until every expected area has arrived");
            return;
        }
        restState = HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.rebuilding"));
        List<Object> all = new ArrayList<>(resources);
        all.add(0, health);
        // A running server keeps answering while its successor is built, not started, and then hands over.
        boolean start = server == null;
        Server next;
        HealthStatus state;
        try {
            next = factory.create(all, start);
            builtResources = List.copyOf(resources);
            builtDepth = now.maxJsonDepth();
            state = HealthStatus.up(HealthTexts.MESSAGES.text("health.rest.serving", resources.size()));
        } catch (RuntimeException e) {
            LOG.error("The REST server could not be built with {} contributed resources; serving health only",
                    resources.size(), e);
            builtResources = List.of();
            try {
                next = factory.create(List.of(health), start);
                state = HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.resources-failed", String.valueOf(e.getMessage())));
            } catch (RuntimeException again) {
                LOG.error("The REST server could not be built at all", again);
                restState = HealthStatus.down(HealthTexts.MESSAGES.text("health.rest.failed"));
                return;
            }
        }
        if (server != null) {
            factory.replace(server, next);
        }
        server = next;
        servedChanges = changes;
        restState = state;
        LOG.info("REST server at {} serves {} contributed resources", Whiteboard.REST_ADDRESS, builtResources.size());
    }

    private List<String> presentAreas() {
        List<String> areas = new ArrayList<>();
        for (HealthContributor contributor : contributors) {
            areas.add(contributor.area());
        }
        return areas;
    }

    private boolean sameResources(List<Object> resources) {
        if (resources.size() != builtResources.size()) {
            return false;
        }
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i) != builtResources.get(i)) {
                return false;
            }
        }
        return true;
    }

    private List<Object> trackedResources() {
        SortedMap<ServiceReference<Object>, Object> tracked = tracker.getTracked();
        List<Object> resources = new ArrayList<>();
        // highest ranking first, then oldest, as ServiceReference orders them (descending)
        for (Map.Entry<ServiceReference<Object>, Object> entry : new TreeMap<>(tracked).descendingMap().entrySet()) {
            Object service = entry.getValue();
            if (AnnotationUtils.getClassAnnotation(service.getClass(), Path.class) != null) {
                resources.add(service);
            }
        }
        return resources;
    }
}
