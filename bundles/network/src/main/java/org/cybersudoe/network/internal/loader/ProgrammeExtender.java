package org.cybersudoe.network.internal.loader;

import java.net.URL;

import org.cybersudoe.core.data.DataFiles;
import org.cybersudoe.network.internal.NetworkDatabase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The extender for programme data: every active bundle with the manifest header
 * {@code CyberSudoe-Programme: <folder>} has the {@code *.json} files of that folder loaded,
 * in file-name order, each as one unit (see {@link ProgrammeLoader}). Loading is idempotent,
 * so a bundle seen again after a restart changes nothing.
 */
@Component(service = ProgrammeExtender.class)
public class ProgrammeExtender {

    public static final String HEADER = "CyberSudoe-Programme";
    static final String WHAT = "Programme data";

    private final DataFiles files;

    @Activate
    public ProgrammeExtender(BundleContext context, @Reference NetworkDatabase db) {
        ProgrammeLoader loader = new ProgrammeLoader(db);
        this.files = new DataFiles(context, HEADER, WHAT, loader::load).open();
    }

    /** True when the data of every bundle seen so far is loaded: the area's health waits for it. */
    public boolean settled() {
        return files.settled();
    }

    @Deactivate
    void deactivate() {
        files.close();
    }

    /** Loads one file as the extender does, logging what it did or why it was refused; never throws. */
    static boolean loadFile(ProgrammeLoader loader, String name, URL url) {
        return DataFiles.load(WHAT, loader::load, name, url);
    }
}
