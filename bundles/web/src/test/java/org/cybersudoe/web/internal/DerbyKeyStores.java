package org.cybersudoe.web.internal;

import java.nio.file.Path;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.persistence.internal.JdbcIdempotencyStore;

/** The platform's store of idempotency keys, on a new embedded Derby database under target/. */
public final class DerbyKeyStores {

    private DerbyKeyStores() {
    }

    /** A store on a database of its own, named after {@code purpose}; its table is made at first use. */
    public static IdempotencyStore fresh(String purpose) {
        System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toString());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(Path.of("target", "derby", purpose + "-" + UUID.randomUUID()).toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return new JdbcIdempotencyStore(ds, (area, owner) -> new FlywaySchemaMigrator().migrate(area, ds, owner));
    }
}
