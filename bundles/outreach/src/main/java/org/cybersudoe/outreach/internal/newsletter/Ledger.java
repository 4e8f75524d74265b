package org.cybersudoe.outreach.internal.newsletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.cybersudoe.core.i18n.Language;

/**
 * The per-recipient ledger of campaigns, in plain JDBC: it is written once per message, where
 * an entity manager would only add cost. Its one rule: a row is {@code sending} only while its
 * message may be on the wire. {@link Writer#advance} records the connection's last message sent and
 * marks its next one {@code sending} in the same transaction, so after a crash each connection has
 * left at most one {@code sending} row, the only message that may reach its recipient twice.
 */
public final class Ledger {

    public enum State { PENDING, SENDING, SENT, FAILED, SKIPPED }

    /** What {@link Writer#advance} did with the next recipient. */
    public enum Claim { CLAIMED, SKIPPED, TAKEN, NONE }

    private final DataSource dataSource;

    public Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /**
     * Lists the campaign's recipients among the next {@code contacts} contacts after
     * {@code afterContactId}, in contact order: one pending row per contact whose consent is valid
     * for the company's country (out_consent_rule), not unsubscribed, not bounced. Streams inside
     * the database; nothing is held in memory. Part of the caller's transaction.
     */
    public Chunk listChunk(Connection c, long campaignId, long afterContactId, int contacts) throws SQLException {
        long through = Long.MAX_VALUE;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM out_contact WHERE id > ? ORDER BY id OFFSET "
                + (contacts - 1) + " ROWS FETCH NEXT 1 ROW ONLY")) {
            s.setLong(1, afterContactId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    through = r.getLong(1);
                }
            }
        }
        Timestamp now = now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO out_delivery (campaign_id, contact_id, state, attempts, "
                + "next_attempt_at, updated_at) SELECT ?, k.id, 'pending', 0, ?, ? FROM out_contact k JOIN out_company co "
                + "ON co.id = k.company_id WHERE k.id > ? AND k.id <= ? AND k.unsubscribed_at IS NULL AND k.bounced_at IS NULL "
                + "AND EXISTS (SELECT 1 FROM out_consent_rule r WHERE r.country = co.country AND r.basis = k.consent_basis)")) {
            s.setLong(1, campaignId);
            s.setTimestamp(2, now);
            s.setTimestamp(3, now);
            s.setLong(4, afterContactId);
            s.setLong(5, through);
            return new Chunk(s.executeUpdate(), through == Long.MAX_VALUE ? NOTHING_LEFT : through);
        }
    }

    /** What {@link #listChunk} wrote, and the last contact id it covered ({@link #NOTHING_LEFT} at the directory's end). */
    public record Chunk(int listed, long through) {
        public boolean last() {
            return through == NOTHING_LEFT;
        }
    }

    /** {@link #listedThrough} of a campaign whose recipients are all listed. */
    public static final long NOTHING_LEFT = -1;

    /** How far the campaign's listing has gone: the last contact id covered, or {@link #NOTHING_LEFT}. */
    public long listedThrough(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT listed_through FROM out_campaign_listing WHERE campaign_id = ?")) {
            s.setLong(1, campaignId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : NOTHING_LEFT;
            }
        }
    }

    /**
     * Records, in the chunk's transaction, that the listing went from {@code from} to the chunk's
     * end ({@code from} 0: the first chunk, whose count the caller sets as it marks the campaign
     * running), and adds the chunk to the campaign's count of recipients. False when the listing
     * was no longer at {@code from} (another node listed that chunk): the caller rolls back.
     */
    public boolean listed(Connection c, long campaignId, long from, Chunk chunk) throws SQLException {
        if (from == 0) {
            if (!chunk.last()) {
                update(c, "INSERT INTO out_campaign_listing (campaign_id, listed_through) VALUES (?, ?)", campaignId, chunk.through());
            }
        } else if (chunk.last()) {
            if (update(c, "DELETE FROM out_campaign_listing WHERE campaign_id = ? AND listed_through = ?", campaignId, from) != 1) {
                return false;
            }
        } else if (update(c, "UPDATE out_campaign_listing SET listed_through = ? WHERE campaign_id = ? AND listed_through = ?",
                chunk.through(), campaignId, from) != 1) {
            return false;
        }
        if (from != 0) {
            // last, so that readers of the campaign wait for no more than the commit
            update(c, "UPDATE out_campaign SET recipients = recipients + ? WHERE id = ?", chunk.listed(), campaignId);
        }
        return true;
    }

    /** The next pending recipients due now, after {@code afterContactId}, in contact order. */
    public List<Recipient> due(Connection c, long campaignId, long afterContactId, int limit) throws SQLException {
        List<Recipient> out = new ArrayList<>(limit);
        // The plan is pinned (Derby's optimizer overrides, comments to any other database): the
        // pending rows in contact order from the state index, each joined by key. Left to itself,
        // Derby kept whichever plan it compiled first, from the statistics of that moment; some
        // runs got one that read and sorted every pending row of the campaign at each call, which
        // took a sixth of the machine in a campaign of 30,000 (docs/benchmarks.md).
        try (PreparedStatement s = c.prepareStatement("SELECT d.contact_id, k.email, k.name, k.language, k.partner_code, co.name, d.attempts "
                + "FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + "out_delivery d --DERBY-PROPERTIES index=OUT_DELIVERY_STATE_IX\n"
                + ", out_contact k --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + ", out_company co --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + "WHERE k.id = d.contact_id AND co.id = k.company_id "
                + "AND d.campaign_id = ? AND d.state = 'pending' AND d.next_attempt_at <= ? AND d.contact_id > ? "
                + "ORDER BY d.contact_id FETCH FIRST " + limit + " ROWS ONLY")) {
            s.setLong(1, campaignId);
            s.setTimestamp(2, now());
            s.setLong(3, afterContactId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Recipient(r.getLong(1), r.getString(2), r.getString(3),
                            Language.fromCode(r.getString(4)).orElse(Language.EN), r.getString(5), r.getString(6), r.getInt(7)));
                }
            }
        }
        c.commit();
        return out;
    }

    /** The ledger's per-message statements, prepared once for a sending thread's connection. */
    public Writer writer(Connection c) throws SQLException {
        return new Writer(c);
    }

    /** Writes a sending thread's messages; not thread-safe: one per thread and connection. */
    public static final class Writer implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement sent;
        private final PreparedStatement mailable;
        private final PreparedStatement claim;
        private final PreparedStatement skip;

        private Writer(Connection c) throws SQLException {
            this.c = c;
            this.sent = c.prepareStatement("UPDATE out_delivery SET state = 'sent', last_reply = ?, updated_at = ? "
                    + "WHERE campaign_id = ? AND contact_id = ? AND state = 'sending'");
            // claimed only while the address is still mailable: unsubscribes and bounces count at once
            // (read by key before the update: Derby ran the same check as an EXISTS inside the update
            // as a join that cost more than the update itself)
            this.mailable = c.prepareStatement("SELECT 1 FROM out_contact WHERE id = ? AND unsubscribed_at IS NULL "
                    + "AND bounced_at IS NULL");
            this.claim = c.prepareStatement("UPDATE out_delivery SET state = 'sending', attempts = attempts + 1, updated_at = ? "
                    + "WHERE campaign_id = ? AND contact_id = ? AND state = 'pending'");
            this.skip = c.prepareStatement("UPDATE out_delivery SET state = 'skipped', last_reply = ?, updated_at = ? "
                    + "WHERE campaign_id = ? AND contact_id = ? AND state = 'pending'");
        }

        /**
         * In the writer's open transaction, committed by {@link #commit}: records {@code sentContactId}
         * (if any, not -1) as sent with the server's reply, and claims {@code next} (if any): marked
         * sending unless the address unsubscribed, bounced or was erased meanwhile (then skipped) or
         * another sender took it.
         */
        public Claim advance(long campaignId, long sentContactId, String reply, Recipient next) throws SQLException {
            Timestamp now = now();
            if (sentContactId >= 0) {
                sent.setString(1, cut(reply));
                sent.setTimestamp(2, now);
                sent.setLong(3, campaignId);
                sent.setLong(4, sentContactId);
                sent.executeUpdate();
            }
            if (next == null) {
                return Claim.NONE;
            }
            if (isMailable(next.contactId()) && claim(now, campaignId, next.contactId())) {
                return Claim.CLAIMED;
            }
            skip.setString(1, "unsubscribed, bounced or erased meanwhile");
            skip.setTimestamp(2, now);
            skip.setLong(3, campaignId);
            skip.setLong(4, next.contactId());
            return skip.executeUpdate() == 1 ? Claim.SKIPPED : Claim.TAKEN;
        }

        public void commit() throws SQLException {
            c.commit();
        }

        public void rollback() throws SQLException {
            c.rollback();
        }

        private boolean isMailable(long contactId) throws SQLException {
            mailable.setLong(1, contactId);
            try (ResultSet r = mailable.executeQuery()) {
                return r.next();
            }
        }

        private boolean claim(Timestamp now, long campaignId, long contactId) throws SQLException {
            claim.setTimestamp(1, now);
            claim.setLong(2, campaignId);
            claim.setLong(3, contactId);
            return claim.executeUpdate() == 1;
        }

        @Override
        public void close() throws SQLException {
            mailable.close();
            sent.close();
            claim.close();
            skip.close();
        }
    }

    /** A transient failure: tried again after {@code delay}, or failed for good once {@code maxAttempts} are used. */
    public void retryLater(Connection c, long campaignId, long contactId, String reply, Duration delay, int maxAttempts)
            throws SQLException {
        Timestamp now = now();
        update(c, "UPDATE out_delivery SET state = CASE WHEN attempts >= " + maxAttempts + " THEN 'failed' ELSE 'pending' END, "
                + "next_attempt_at = ?, last_reply = ?, updated_at = ? WHERE campaign_id = ? AND contact_id = ? AND state = 'sending'",
                Timestamp.valueOf(now.toLocalDateTime().plus(delay)), cut(reply), now, campaignId, contactId);
        c.commit();
    }

    /** A permanent refusal (5xx): recorded, never tried again. */
    public void fail(Connection c, long campaignId, long contactId, String reply) throws SQLException {
        update(c, "UPDATE out_delivery SET state = 'failed', last_reply = ?, updated_at = ? WHERE campaign_id = ? "
                + "AND contact_id = ? AND state = 'sending'", cut(reply), now(), campaignId, contactId);
        c.commit();
    }

    /** After a crash: the messages that were on the wire go again (the window of at most one per connection). */
    public int resend(Connection c, long campaignId) throws SQLException {
        int n = update(c, "UPDATE out_delivery SET state = 'pending', updated_at = ? WHERE campaign_id = ? AND state = 'sending'",
                now(), campaignId);
        c.commit();
        return n;
    }

    /** Rows whose contact was erased: nobody to send to. */
    public int skipErased(Connection c, long campaignId) throws SQLException {
        int n = update(c, "UPDATE out_delivery SET state = 'skipped', last_reply = ?, updated_at = ? WHERE campaign_id = ? "
                + "AND state = 'pending' AND NOT EXISTS (SELECT 1 FROM out_contact k WHERE k.id = out_delivery.contact_id)",
                "erased", now(), campaignId);
        c.commit();
        return n;
    }

    /**
     * Rows per state. Read from the index on (campaign, state, contact) alone: a progress query
     * that read the table's rows cost as much as a sending thread while an operator watched.
     */
    public Counts counts(Connection c, long campaignId) throws SQLException {
        Map<State, Integer> byState = new EnumMap<>(State.class);
        for (State s : State.values()) {
            byState.put(s, 0);
        }
        // the comment is Derby's optimizer override (other databases read a comment); it must end the line
        try (PreparedStatement s = c.prepareStatement("SELECT state, COUNT(*) FROM out_delivery "
                + "--DERBY-PROPERTIES index=out_delivery_state_ix\n"
                + "WHERE campaign_id = ? GROUP BY state")) {
            s.setLong(1, campaignId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byState.put(State.valueOf(r.getString(1).toUpperCase()), r.getInt(2));
                }
            }
        }
        c.commit();
        return new Counts(byState);
    }

    /** Whether any recipient of the campaign is still pending or being sent to. */
    public boolean anyLeft(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM out_delivery WHERE campaign_id = ? AND state = ? "
                + "FETCH FIRST 1 ROWS ONLY")) {
            for (State state : List.of(State.PENDING, State.SENDING)) {
                s.setLong(1, campaignId);
                s.setString(2, state.name().toLowerCase());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        c.commit();
                        return true;
                    }
                }
            }
        }
        c.commit();
        return false;
    }

    public record Counts(Map<State, Integer> byState) {
        public int get(State s) {
            return byState.getOrDefault(s, 0);
        }

        public int left() {
            return get(State.PENDING) + get(State.SENDING);
        }

    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    private static String cut(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
