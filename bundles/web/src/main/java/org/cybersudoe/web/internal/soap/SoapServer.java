package org.cybersudoe.web.internal.soap;

import java.util.Map;
import java.util.regex.Pattern;

import javax.jws.WebService;

import org.apache.cxf.endpoint.Server;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.web.Whiteboard;
import org.cybersudoe.web.internal.PlatformBus;
import org.cybersudoe.web.internal.WebConfig;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.auth.Authenticator;
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
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP whiteboard: every service with a {@code cybersudoe.soap.path} property is
 * published at {@code /soap<path>} as it comes, and unpublished as it goes.
 */
@Component(immediate = true, configurationPid = WebConfig.PID)
public final class SoapServer {

    private static final Logger LOG = LoggerFactory.getLogger(SoapServer.class);
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final String FILTER = "(" + Whiteboard.SOAP_PATH + "=*)";

    /** A tracked service and its endpoint, null when it could not be published. */
    private static final class Published {
        final Object service;
        String path;
        Server server;

        Published(Object service) {
            this.service = service;
        }
    }

    private final BundleContext context;
    private final SoapEndpointPublisher publisher;
    private final ServiceTracker<Object, Published> tracker;
    private volatile WebSettings settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile IdempotencyStore idempotencyKeys;

    @Activate
    public SoapServer(BundleContext context, WebConfig config, @Reference Authenticator authenticator)
            throws InvalidSyntaxException {
        this.context = context;
        this.settings = WebSettings.of(config);
        this.publisher = new SoapEndpointPublisher(PlatformBus.defaultBus(), authenticator, () -> idempotencyKeys);
        this.tracker = new ServiceTracker<>(context, context.createFilter(FILTER), new ServiceTrackerCustomizer<>() {
            @Override
            public Published addingService(ServiceReference<Object> reference) {
                Object service = context.getService(reference);
                if (service == null) {
                    return null;
                }
                Published published = new Published(service);
                publish(reference, published);
                return published;
            }

            @Override
            public void modifiedService(ServiceReference<Object> reference, Published published) {
                if (!String.valueOf(reference.getProperty(Whiteboard.SOAP_PATH)).equals(published.path)) {
                    unpublish(published);
                    publish(reference, published);
                }
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Published published) {
                unpublish(published);
                context.ungetService(reference);
            }
        });
        tracker.open();
    }

    @Modified
    void modified(WebConfig config) {
        WebSettings previous = settings;
        settings = WebSettings.of(config);
        if (previous.maxBodyBytes() != settings.maxBodyBytes() || previous.maxJsonDepth() != settings.maxJsonDepth()) {
            // the XML limits are endpoint properties: republish with the new ones
            for (Map.Entry<ServiceReference<Object>, Published> entry : tracker.getTracked().entrySet()) {
                unpublish(entry.getValue());
                publish(entry.getKey(), entry.getValue());
            }
        }
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    private synchronized void publish(ServiceReference<Object> reference, Published published) {
        String path = String.valueOf(reference.getProperty(Whiteboard.SOAP_PATH)).trim();
        published.path = path;
        Class<?> type = published.service.getClass();
        if (!PATH.matcher(path).matches() || path.contains("..")) {
            LOG.warn("Service {} of bundle {}: {}='{}' is not a path such as /network/directory; not published",
                    reference.getProperty("service.id"), reference.getBundle().getSymbolicName(), Whiteboard.SOAP_PATH, path);
            return;
        }
        if (type.getAnnotation(WebService.class) == null) {
            LOG.warn("Service {} of bundle {}: class {} is not annotated @WebService; not published at {}{}",
                    reference.getProperty("service.id"), reference.getBundle().getSymbolicName(), type.getName(),
                    Whiteboard.SOAP_ADDRESS, path);
            return;
        }
        try {
            published.server = publisher.publish(Whiteboard.SOAP_ADDRESS + path, published.service, () -> settings);
            LOG.info("SOAP endpoint {} published at {}{}", type.getName(), Whiteboard.SOAP_ADDRESS, path);
        } catch (RuntimeException e) {
            LOG.error("SOAP endpoint {} could not be published at {}{}", type.getName(), Whiteboard.SOAP_ADDRESS, path, e);
        }
    }

    private synchronized void unpublish(Published published) {
        if (published.server != null) {
            published.server.destroy();
            published.server = null;
            LOG.info("SOAP endpoint unpublished from {}{}", Whiteboard.SOAP_ADDRESS, published.path);
        }
    }
}
