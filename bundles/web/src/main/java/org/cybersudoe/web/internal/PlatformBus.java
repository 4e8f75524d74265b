package org.cybersudoe.web.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

/** The CXF bus that carries the platform's REST server and SOAP endpoints. */
public final class PlatformBus {

    private PlatformBus() {
    }

    /**
     * CXF's default bus, with the web bundle's class loader as the one CXF sets while it handles
     * a request. A bus made by Blueprint gets its bundle's loader this way; the default bus has
     * none, and then CXF looks a loader up through its resource resolvers on every request, a
     * look-up that fails in OSGi after building an exception with its stack trace (about 3 % of
     * the server's time per REST call, docs/benchmarks.md).
     */
    public static Bus defaultBus() {
        Bus bus = BusFactory.getDefaultBus(true);
        if (bus.getExtension(ClassLoader.class) == null) {
            bus.setExtension(PlatformBus.class.getClassLoader(), ClassLoader.class);
        }
        return bus;
    }
}
