package org.cybersudoe.benchmark.internal;

import org.cybersudoe.core.i18n.Messages;

/**
 * The benchmark's catalog: status labels for the surfaces and the errors its services
 * throw, in the four languages. Opened here only, so that services, REST and shell read
 * the same files.
 */
public final class BenchmarkTexts {

    /** {@code OSGI-INF/l10n/benchmark_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(BenchmarkTexts.class, "OSGI-INF/l10n/benchmark");

    private BenchmarkTexts() {
    }
}
