package org.cybersudoe.network.internal.loader;

import java.net.URL;

/** Lets tests of other packages load a file the way the extender does. */
public final class ProgrammeExtenderAccess {

    private ProgrammeExtenderAccess() {
    }

    public static boolean load(ProgrammeLoader loader, String name, URL url) {
        return ProgrammeExtender.loadFile(loader, name, url);
    }
}
