package org.cybersudoe.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Runs every Pax Exam test class in one JUnit run, so {@code PerSuite} boots the distribution
 * once for all of them (failsafe would otherwise start and stop a container per class).
 * Run one class alone with {@code -Dit.test=RestIT}.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({SecurityIT.class, RestIT.class, SoapIT.class, ShellIT.class, DemoProgrammeIT.class, ConfigIT.class,
        PartnerExtensionIT.class, ToolboxIT.class, BenchmarkIT.class, OutreachIT.class, EngagementIT.class, DiagnosticIT.class})
public class PlatformSuiteIT {
}
