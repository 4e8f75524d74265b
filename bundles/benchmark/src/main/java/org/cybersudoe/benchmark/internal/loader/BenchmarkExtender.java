package org.cybersudoe.benchmark.internal.loader;

import org.cybersudoe.core.data.DataFiles;
import org.cybersudoe.benchmark.internal.BenchmarkDatabase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The extender for benchmark data, like the network's for programme data: every active bundle
 * with the manifest header {@code CyberSudoe-Benchmark: <folder>} has the {@code *.json} files
 * of that folder loaded in file-name order, each as one unit (see {@link BenchmarkLoader}).
 * Loading is idempotent, so a bundle seen again after a restart changes nothing.
 */
@Component(service = BenchmarkExtender.class)
public class BenchmarkExtender {

    public static final String HEADER = "CyberSudoe-Benchmark";
    static final String WHAT = "Benchmark data";

    private final DataFiles files;

    @Activate
    public BenchmarkExtender(BundleContext context, @Reference BenchmarkDatabase db) {
        BenchmarkLoader loader = new BenchmarkLoader(db);
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
}
