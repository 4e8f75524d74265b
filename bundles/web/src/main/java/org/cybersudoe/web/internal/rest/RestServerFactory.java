package org.cybersudoe.web.internal.rest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import io.swagger.v3.oas.models.security.SecurityScheme;

import org.apache.cxf.Bus;
import org.apache.cxf.BusException;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;
import org.apache.cxf.transport.DestinationFactory;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.json.JsonBodyProvider;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;

/**
 * Builds the one JAX-RS server: the given resource singletons behind the platform's JSON
 * configuration, body limit, authentication, problem mappers and OpenAPI document.
 */
public final class RestServerFactory {

    /**
     * A resource in the {@code io.swagger.v3.jaxrs2.integration.resources} package, which
     * Swagger ignores: naming it as the only "resource class" stops Swagger from scanning the
     * class path (useless in OSGi), so the document describes exactly the server's resources.
     */
    private static final String NO_SCAN = "io.swagger.v3.jaxrs2.integration.resources.OpenApiResource";

    private final Bus bus;
    private final String address;
    private final Authenticator authenticator;
    private final Supplier<WebSettings> settings;
    private final Supplier<IdempotencyStore> idempotencyKeys;
    private final String apiVersion;

    /**
     * @param bus the CXF bus to publish on
     * @param address {@code /api} under the CXF servlet, or a full URL for an embedded server
     * @param authenticator checks credentials
     * @param settings the settings in force; the body limit is read on each request
     * @param idempotencyKeys the store of idempotency keys in service, read on each request that
     *        sends one; it answers null while there is none
     * @param apiVersion the version written in the OpenAPI document
     */
    public RestServerFactory(Bus bus, String address, Authenticator authenticator, Supplier<WebSettings> settings,
            Supplier<IdempotencyStore> idempotencyKeys, String apiVersion) {
        this.bus = bus;
        this.address = address;
        this.authenticator = authenticator;
        this.settings = settings;
        this.idempotencyKeys = idempotencyKeys;
        this.apiVersion = apiVersion;
    }

    /** Creates and starts the server with these resources (instances of {@code @Path} classes). */
    public Server create(List<Object> resources) {
        return create(resources, true);
    }

    /**
     * Creates the server with these resources, started or not. Created but not started at the
     * address of a running server, it shares that server's HTTP destination (CXF keeps one per
     * address), and {@link #replace} puts it in the running one's place.
     */
    public Server create(List<Object> resources, boolean start) {
        ObjectMapper mapper = ObjectMappers.create(settings.get());
        Problems problems = new Problems(ProblemCatalog.load(), mapper, () -> settings.get().maxJsonDepth());

        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setStart(start);
        List<ResourceProvider> providers = new ArrayList<>();
        for (Object resource : resources) {
            providers.add(new SingletonResourceProvider(resource));
        }
        factory.setResourceProviders(providers);

        List<Object> extensions = new ArrayList<>();
        // Jackson's, with the nesting limit applied to the whole body whatever its target type
        JacksonJsonProvider jackson = new JsonBodyProvider(mapper);
        // An operation that takes a body gets one: an empty body is a 400, not a null argument.
        jackson.disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
        extensions.add(jackson);
        extensions.add(new BodyLimitFilter(() -> settings.get().maxBodyBytes(), () -> settings.get().maxUploadBytes(), problems));
        extensions.add(new AuthenticationFilter(authenticator, problems));
        // after authentication: a key belongs to the caller who sent it
        extensions.add(new IdempotencyFilter(idempotencyKeys, settings, problems, Clock.systemUTC()));
        extensions.add(new VersionTags(mapper));
        extensions.addAll(ProblemMappers.all(problems));
        // ?limit=abc, ?offset=99999999999: a 400 naming the parameter rather than JAX-RS's 404
        extensions.add(new QueryNumbers());
        extensions.add(new AllowedMethods());
        factory.setProviders(extensions);
        factory.setFeatures(List.of(openApi()));

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServerFactory.class.getClassLoader());
        try {
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Puts {@code next}, created by {@link #create(List, boolean)} without being started, in the
     * place of the running {@code current}. Requests go to {@code current} while {@code next} is
     * built; they go to {@code next} from the moment it starts, and nothing answers only between
     * two calls. Before this, the old server was destroyed first and every request got 404 for
     * as long as the new one took to build.
     */
    public void replace(Server current, Server next) {
        current.stop();
        next.start();
        // Destroying a server takes its destination out of CXF's registry of addresses, and this
        // destination now serves next: it leaves that registry's bookkeeping, and destroy(next)
        // takes it out later.
        if (next.getDestination() instanceof AbstractHTTPDestination shared) {
            shared.releaseRegistry();
        }
        current.destroy();
    }

    /** Destroys a server of this factory, and with it its address. */
    public void destroy(Server server) {
        server.destroy();
        if (server.getDestination() instanceof AbstractHTTPDestination destination) {
            DestinationRegistry registry = registry();
            if (registry != null && registry.getDestinationForPath(destination.getPath()) == destination) {
                // released by a replace: destroy() left it registered
                registry.removeDestination(destination.getPath());
            }
        }
    }

    private DestinationRegistry registry() {
        try {
            DestinationFactory http = bus.getExtension(DestinationFactoryManager.class)
                    .getDestinationFactory(HTTPTransportFactory.DEFAULT_NAMESPACES.get(0));
            return http instanceof HTTPTransportFactory transport ? transport.getRegistry() : null;
        } catch (BusException e) {
            return null;
        }
    }

    private OpenApiFeature openApi() {
        OpenApiFeature openApi = new OpenApiFeature();
        openApi.setTitle("CyberSudoe platform API");
        openApi.setVersion(apiVersion);
        openApi.setDescription("The REST API of the CyberSudoe platform. Every operation needs HTTP Basic credentials "
                + "of a platform user unless marked otherwise; errors are RFC 9457 problem documents "
                + "(application/problem+json), localized after Accept-Language (fr, es, pt, en).");
        openApi.setLicense("Apache License 2.0");
        openApi.setLicenseUrl("https://www.apache.org/licenses/LICENSE-2.0");
        openApi.setScan(false);
        openApi.setResourceClasses(Set.of(NO_SCAN));
        openApi.setScanKnownConfigLocations(false);
        // Each rebuild gets a context of its own; Swagger would otherwise keep serving the first document.
        openApi.setUseContextBasedConfig(true);
        openApi.setPrettyPrint(true);
        openApi.setCustomizer(new PlatformOpenApiCustomizer());
        Map<String, SecurityScheme> schemes = new HashMap<>();
        schemes.put(PlatformOpenApiCustomizer.BASIC_SCHEME,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A platform user of the karaf realm"));
        openApi.setSecurityDefinitions(schemes);
        openApi.setSupportSwaggerUi(true);
        SwaggerUiConfig ui = new SwaggerUiConfig();
        // Absolute: the UI answers both at /api/api-docs and /api/api-docs/index.html, where a
        // relative URL would resolve differently. The CXF servlet sits at the root (org.apache.cxf.servlet.context=/).
        ui.setUrl(URI.create(address).getPath() + "/openapi.json");
        ui.setQueryConfigEnabled(false);
        openApi.setSwaggerUiConfig(ui);
        return openApi;
    }
}
