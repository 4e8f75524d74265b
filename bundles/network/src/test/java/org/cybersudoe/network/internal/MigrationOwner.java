package org.cybersudoe.network.internal;

/** A class loaded by {@link SchemaEvolutionTest} through a loader that sees only the V1 script. */
public final class MigrationOwner {
}
