package org.cybersudoe.benchmark.internal;

import java.util.OptionalInt;

import org.cybersudoe.benchmark.internal.loader.BenchmarkExtender;
import org.cybersudoe.benchmark.internal.rest.BenchmarkResource;
import org.cybersudoe.benchmark.internal.rest.CharterResource;
import org.cybersudoe.benchmark.internal.rest.SheetResource;
import org.cybersudoe.benchmark.internal.search.SheetIndex;
import org.cybersudoe.benchmark.internal.soap.SheetsEndpoint;
import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health. It exists only once the database is migrated and
 * every REST resource and SOAP endpoint of the area registered, so "benchmark up" means the
 * area answers on all its surfaces.
 */
@Component(service = HealthContributor.class)
public class BenchmarkHealth implements HealthContributor {

    private final BenchmarkDatabase database;
    private final SheetIndex index;
    private final BenchmarkExtender benchmarkData;

    @Activate
    public BenchmarkHealth(@Reference BenchmarkDatabase database, @Reference SheetIndex index,
            @Reference SheetResource sheets, @Reference BenchmarkResource overview, @Reference CharterResource charter,
            @Reference SheetsEndpoint soap, @Reference BenchmarkExtender benchmarkData) {
        this.database = database;
        this.index = index;
        this.benchmarkData = benchmarkData;
    }

    @Override
    public String area() {
        return BenchmarkDatabase.AREA;
    }

    @Override
    public HealthStatus check() {
        if (!benchmarkData.settled()) {
            return HealthStatus.down(BenchmarkTexts.MESSAGES.text("health.loading"));
        }
        HealthStatus db = database.check();
        if (!db.up()) {
            return db;
        }
        // The search index is a cache built by the first search: health reports it without building it.
        OptionalInt indexed = index.builtSize();
        return db.followedBy(indexed.isPresent() ? BenchmarkTexts.MESSAGES.text("health.search-index", indexed.getAsInt())
                : BenchmarkTexts.MESSAGES.text("health.search-index-later"));
    }
}
