package org.cybersudoe.outreach.internal.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The proof in an unsubscribe link that the platform wrote it: an HMAC-SHA256 of the campaign
 * and the contact, under a key made once and kept in the database so every node shares it.
 * Immutable.
 */
public final class UnsubscribeTokens {

    private static final String NAME = "unsubscribe-links";

    private final byte[] key;
    /** Mac objects are not thread-safe and costly to make: one per sending thread. */
    private final ThreadLocal<Mac> macs;

    private UnsubscribeTokens(byte[] key) {
        this.key = key.clone();
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    /** The key stored in {@code out_secret}, made at first use. */
    public static UnsubscribeTokens load(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            String stored = read(c);
            if (stored == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO out_secret (name, secret_value) VALUES (?, ?)")) {
                    s.setString(1, NAME);
                    s.setString(2, Base64.getEncoder().encodeToString(fresh));
                    s.executeUpdate();
                } catch (SQLException raced) {
                    // another node made it first: use theirs
                }
                stored = read(c);
            }
            return new UnsubscribeTokens(Base64.getDecoder().decode(stored));
        } catch (SQLException e) {
            throw new IllegalStateException("the unsubscribe key cannot be read: " + e.getMessage(), e);
        }
    }

    private static String read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret_value FROM out_secret WHERE name = ?")) {
            s.setString(1, NAME);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    public String token(long campaignId, long contactId) {
        byte[] digest = macs.get().doFinal((campaignId + ":" + contactId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
    }

    public boolean valid(long campaignId, long contactId, String token) {
        return token != null && MessageDigest.isEqual(token(campaignId, contactId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
