package org.cybersudoe.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.idempotency.Claim;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.core.idempotency.RequestKey;
import org.cybersudoe.core.idempotency.StoredAnswer;
import org.cybersudoe.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The idempotency keys in the platform's database, table {@code req_idempotency_key} (area
 * {@value #AREA}). Each call is one statement or a few, each committed on its own, so that it
 * works alike on Derby and on PostgreSQL, where a failed statement spoils the rest of its
 * transaction. The schema is migrated at the first call, not at boot: most servers never
 * receive a key.
 */
@Component(service = IdempotencyStore.class)
public final class JdbcIdempotencyStore implements IdempotencyStore {

    static final String AREA = "requests";
    private static final int CLAIM_ATTEMPTS = 3;
    private static final int MAX_HEADERS_CHARS = 4000;

    private final DataSource dataSource;
    private final Runnable migrateSchema;
    private volatile boolean schemaReady;

    @Activate
    public JdbcIdempotencyStore(@Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource,
            @Reference SchemaMigrations migrations) {
        this(dataSource, () -> migrations.await(AREA, JdbcIdempotencyStore.class));
    }

    /** Over {@code dataSource}, with {@code migrateSchema} bringing the table to the newest version (tests). */
    JdbcIdempotencyStore(DataSource dataSource, Runnable migrateSchema) {
        this.dataSource = dataSource;
        this.migrateSchema = migrateSchema;
    }

    @Override
    public Claim claim(RequestKey key, String fingerprint, Instant now, Instant expiredBefore) {
        String hash = hash(key);
        for (int attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
            if (insertClaim(hash, fingerprint, now)) {
                return new Claim.Granted();
            }
            Optional<Row> found = read(hash);
            if (found.isEmpty()) {
                continue; // released or purged between the two statements: try again
            }
            Row row = found.get();
            if (row.claimedAt().isBefore(expiredBefore)) {
                update("DELETE FROM req_idempotency_key WHERE key_hash = ? AND claimed_at = ?", hash, row.claimedAt());
                continue;
            }
            if (!row.fingerprint().equals(fingerprint)) {
                return new Claim.OtherRequest();
            }
            if (row.answer() == null) {
                return new Claim.Pending(row.claimedAt());
            }
            return new Claim.Replay(row.answer());
        }
        // only when other clients keep taking and releasing the same key at this very moment
        return new Claim.Pending(now);
    }

    @Override
    public void complete(RequestKey key, StoredAnswer answer) {
        String headers = writeHeaders(answer.headers());
        update("UPDATE req_idempotency_key SET status = ?, headers = ?, body = ? WHERE key_hash = ? AND status IS NULL",
                answer.status(), headers, answer.body(), hash(key));
    }

    @Override
    public void release(RequestKey key) {
        update("DELETE FROM req_idempotency_key WHERE key_hash = ? AND status IS NULL", hash(key));
    }

    @Override
    public int purge(Instant expiredBefore) {
        return update("DELETE FROM req_idempotency_key WHERE claimed_at < ?", expiredBefore);
    }

    private boolean insertClaim(String hash, String fingerprint, Instant now) {
        try {
            update("INSERT INTO req_idempotency_key (key_hash, fingerprint, claimed_at) VALUES (?, ?, ?)", hash, fingerprint, now);
            return true;
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return false; // the key is taken
            }
            throw e;
        }
    }

    private Optional<Row> read(String hash) {
        ensureSchema();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT fingerprint, claimed_at, status, headers, body FROM req_idempotency_key WHERE key_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Instant claimedAt = rs.getTimestamp(2, utc()).toInstant();
                int status = rs.getInt(3);
                StoredAnswer answer = rs.wasNull() ? null : new StoredAnswer(status, readHeaders(rs.getString(4)), rs.getBytes(5));
                return Optional.of(new Row(rs.getString(1).strip(), claimedAt, answer));
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int update(String sql, Object... parameters) {
        ensureSchema();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof Instant instant) {
                    s.setTimestamp(i + 1, Timestamp.from(instant), utc());
                } else if (p instanceof byte[] bytes) {
                    s.setBytes(i + 1, bytes);
                } else if (p instanceof Integer number) {
                    s.setInt(i + 1, number);
                } else if (p == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else {
                    s.setString(i + 1, (String) p);
                }
            }
            int count = s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return count;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private void ensureSchema() {
        if (!schemaReady) {
            migrateSchema.run();
            schemaReady = true;
        }
    }

    /** Timestamps are written and read as UTC, whatever the time zone of each node's JVM. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static String hash(RequestKey key) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(key.caller().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0); // a name holds no NUL: "ab"+"c" and "a"+"bc" differ
        sha.update(key.key().getBytes(StandardCharsets.US_ASCII));
        return Sha256.hex(sha);
    }

    /** One header a line, {@code name: value}: header values hold no line breaks. */
    static String writeHeaders(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        if (text.length() > MAX_HEADERS_CHARS) {
            throw new IllegalArgumentException("headers longer than " + MAX_HEADERS_CHARS + " characters: " + headers.keySet());
        }
        return text.toString();
    }

    static Map<String, String> readHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

    private record Row(String fingerprint, Instant claimedAt, StoredAnswer answer) {
    }

    /** A database failure, unchecked for the edge, which answers it as any unexpected error. */
    static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(SQLException cause) {
            super("Idempotency keys: " + cause.getMessage(), cause);
        }
    }
}
