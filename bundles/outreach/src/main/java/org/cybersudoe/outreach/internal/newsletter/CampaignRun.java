package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.persistence.AreaDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One campaign being sent by this node: a thread per SMTP connection, each taking the next due
 * recipient, claiming it in the ledger, sending, and recording the reply. Stops when nothing is
 * left, or when told to (pause, cancel, shutdown): a message already claimed is finished first.
 * <p>
 * A claim (with the record of the connection's previous message as sent) is committed by the
 * run's {@link LedgerCommitter}, with those of other connections, by the time the message's data
 * is ended, and the data is ended only once it is committed: a message the ledger does not show as being sent never reaches its
 * recipient, and a message sent is recorded before the connection's next one can be. Messages
 * are laid out and signed ahead of their turn by a pool of one thread per core, so that the CPU
 * work (an RSA signature per message) runs while the connections wait for the SMTP server; a
 * message whose recipient cannot be claimed is dropped.
 * <p>
 * While the connections send, one more thread lists the campaign's remaining recipients in the
 * ledger, a chunk of contacts per transaction, from where the listing stood (the dispatcher lists
 * the first chunk when it starts the campaign). The campaign is done only once they are all listed
 * and none is left.
 */
public final class CampaignRun {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignRun.class);
    private static final int BATCH = 500;
    /** Messages built ahead of the one taken: enough to keep every core busy between turns. */
    private static final int LOOKAHEAD = 8;
    private static final long MAX_WAIT_MILLIS = 30_000;

    /** What a run needs of its campaign, loaded when it starts. */
    interface Content {
        EncodedMessage render(Recipient recipient, String unsubscribeUrl);
    }

    private final long campaignId;
    private final Ledger ledger;
    private final Supplier<Mailer> mailer;
    private final UnsubscribeTokens tokens;
    private final Content content;
    private final RateLimiter rate;
    private final Deque<Prepared> buffer = new ArrayDeque<>();
    /** Recipients taken by a connection whose claim is not settled in the ledger yet; guarded by this. */
    private final Set<Long> inHand = new HashSet<>();
    private final ExecutorService builders;
    private final List<Thread> threads = new ArrayList<>();
    private final ThreadFactory threadFactory;
    private LedgerCommitter committer;
    private final int listingChunk;
    /** Counts down as each connection's thread, and the listing thread, ends. */
    private final CountDownLatch finished;
    private volatile boolean stopping;
    /** Every recipient is in the ledger. */
    private volatile boolean listed;
    private volatile LocalizedText note;
    private long lastFetched;

    CampaignRun(long campaignId, Ledger ledger, Supplier<Mailer> mailer, UnsubscribeTokens tokens, Content content,
            RateLimiter rate, int connections, int listingChunk, ThreadFactory threads) {
        this.campaignId = campaignId;
        this.ledger = ledger;
        this.mailer = mailer;
        this.tokens = tokens;
        this.content = content;
        this.rate = rate;
        this.listingChunk = listingChunk;
        this.finished = new CountDownLatch(connections + 1);
        this.threadFactory = threads;
        AtomicInteger builder = new AtomicInteger();
        this.builders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread t = threads.newThread(task);
            t.setName("cybersudoe-campaign-" + campaignId + "-build-" + builder.incrementAndGet());
            return t;
        });
        for (int i = 0; i < connections; i++) {
            this.threads.add(threads.newThread(this::work));
        }
    }

    void start() throws SQLException {
        committer = new LedgerCommitter(campaignId, ledger, threads.size(), threadFactory);
        threads.forEach(Thread::start);
        Thread lister = threadFactory.newThread(this::listRest);
        lister.setName("cybersudoe-campaign-" + campaignId + "-listing");
        lister.start();
    }

    /** Lists the recipients not yet in the ledger, a chunk of contacts per transaction, until all are or the run stops. */
    private void listRest() {
        try (Connection db = ledger.connection()) {
            long through = ledger.listedThrough(db, campaignId);
            db.commit();
            while (through != Ledger.NOTHING_LEFT && !stopping) {
                try {
                    Ledger.Chunk chunk = ledger.listChunk(db, campaignId, through, listingChunk);
                    if (ledger.listed(db, campaignId, through, chunk)) {
                        db.commit();
                        through = chunk.through();
                        continue;
                    }
                    // another node listed that chunk: go on from where it left the listing
                    db.rollback();
                } catch (SQLException e) {
                    db.rollback();
                    // a duplicate key: another node listed some of those rows and has not recorded it yet
                    if (!AreaDatabase.isLockConflict(e) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    LOG.debug("Campaign {}: listing its recipients met another transaction, going on: {}", campaignId, e.getMessage());
                    sleep(20);
                }
                through = ledger.listedThrough(db, campaignId);
                db.commit();
            }
            listed = through == Ledger.NOTHING_LEFT;
        } catch (SQLException e) {
            // the connections stop too; the dispatcher's next poll resumes the run, listing included
            LOG.error("Campaign {} stopped on this node: its recipients could not be listed; it resumes at the next poll", campaignId, e);
            note = OutreachTexts.MESSAGES.text("campaign.note.ledger-failed", String.valueOf(e.getMessage()));
            stopping = true;
        } finally {
            ended();
        }
    }

    private void ended() {
        finished.countDown();
        if (finished.getCount() == 0) {
            builders.shutdownNow();
            committer.close();
        }
    }

    /** Asks every connection to stop after its message in hand; waits for them up to {@code wait}. */
    boolean stop(Duration wait) {
        // no interrupt: Derby closes a connection whose thread is interrupted, and the ledger must
        // record the message in hand; waits below are short and look at the flag
        stopping = true;
        try {
            return finished.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isDone() {
        return finished.getCount() == 0;
    }

    /** What the run waits for, if anything. */
    LocalizedText note() {
        return note;
    }

    /** A recipient taken from the ledger, and its message once submitted for building. */
    private static final class Prepared {
        final Recipient recipient;
        Future<MimeMessage> message;

        Prepared(Recipient recipient) {
            this.recipient = recipient;
        }
    }

    private synchronized Prepared next(Connection db) throws SQLException {
        if (buffer.isEmpty()) {
            List<Recipient> due = ledger.due(db, campaignId, lastFetched, BATCH);
            if (due.isEmpty() && lastFetched > 0) {
                // the end of a pass: start again from the first contact, for retries now due
                lastFetched = 0;
                due = ledger.due(db, campaignId, lastFetched, BATCH);
            }
            // a row whose claim is still being committed reads as pending: it is in hand already
            due.stream().filter(r -> !inHand.contains(r.contactId())).forEach(r -> buffer.add(new Prepared(r)));
            if (!due.isEmpty()) {
                lastFetched = due.get(due.size() - 1).contactId();
            }
        }
        Prepared taken = buffer.pollFirst();
        if (taken != null) {
            inHand.add(taken.recipient.contactId());
            prepare(taken);
            int ahead = 0;
            for (Prepared p : buffer) {
                if (++ahead > LOOKAHEAD) {
                    break;
                }
                prepare(p);
            }
        }
        return taken;
    }

    private synchronized void settled(Recipient r) {
        inHand.remove(r.contactId());
    }

    private void prepare(Prepared p) {
        if (p.message == null) {
            Recipient r = p.recipient;
            p.message = builders.submit(() -> {
                Mailer m = mailer.get();
                String url = m.unsubscribeUrl(campaignId, r.contactId(), tokens.token(campaignId, r.contactId()));
                return Mailer.withMailClassLoader(() -> m.build(content.render(r, url), r.email(), m.messageId(campaignId, r.contactId()),
                        url));
            });
        }
    }

    /** The message built for {@code p}; what stopped it otherwise. */
    private static MimeMessage built(Prepared p) throws MessagingException {
        try {
            return p.message.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the message was built", e);
        }
    }

    private void work() {
        try (Connection db = ledger.connection();
                SmtpConnection smtp = new SmtpConnection(mailer.get().session(), mailer.get().config())) {
            // the last message this connection had accepted, not yet recorded as sent
            long sent = -1;
            String sentReply = null;
            long backoff = 1000;
            while (!stopping) {
                try {
                    try {
                        smtp.open();
                        backoff = 1000;
                        note = null;
                    } catch (MessagingException e) {
                        // the server is down: the campaign waits, nothing is claimed meanwhile
                        note = OutreachTexts.MESSAGES.text("campaign.note.smtp-waiting",
                                mailer.get().config().host() + ":" + mailer.get().config().port(), String.valueOf(e.getMessage()));
                        if (sent >= 0) {
                            committer.await(committer.advance(sent, sentReply, null));
                            sent = -1;
                        }
                        sleep(backoff);
                        backoff = Math.min(MAX_WAIT_MILLIS, backoff * 2);
                        continue;
                    }
                    Prepared prepared = next(db);
                    if (prepared == null) {
                        if (sent >= 0) {
                            committer.await(committer.advance(sent, sentReply, null));
                            sent = -1;
                        }
                        if (!listed) {
                            // the listing thread has not caught up: its next chunk is a moment away
                            sleep(20);
                            continue;
                        }
                        if (sweepAndCheckDone(db)) {
                            finish(db);
                            break;
                        }
                        // retries not due yet, or messages other connections have in hand
                        sleep(1000);
                        continue;
                    }
                    Recipient next = prepared.recipient;
                    // committed with other connections' claims; the message's data is ended only once it is
                    CompletableFuture<Ledger.Claim> claim = committer.advance(sent, sentReply, next);
                    SmtpConnection.Reply reply;
                    Ledger.Claim claimed;
                    try {
                        reply = send(smtp, prepared, claim);
                        claimed = committer.await(claim);
                    } finally {
                        settled(next);
                    }
                    sent = -1;
                    if (claimed != Ledger.Claim.CLAIMED) {
                        // unsubscribed, bounced or erased meanwhile, or taken by another node: not sent
                        prepared.message.cancel(false);
                        continue;
                    }
                    Mailer m = mailer.get();
                    switch (reply.outcome()) {
                        case ACCEPTED -> {
                            sent = next.contactId();
                            sentReply = reply.text();
                        }
                        // the row is 'sending' until recorded: a lock conflict must not leave it so
                        case PERMANENT -> retrying(() -> ledger.fail(db, campaignId, next.contactId(), reply.text()));
                        case TRANSIENT -> retrying(() -> ledger.retryLater(db, campaignId, next.contactId(), reply.text(),
                                Duration.ofSeconds((long) m.config().retryAfterSeconds() << Math.min(10, next.attempts())),
                                m.config().maxAttempts()));
                    }
                } catch (SQLException e) {
                    if (!AreaDatabase.isLockConflict(e)) {
                        throw e;
                    }
                    // another connection held the rows a moment: the statement was rolled back, go again
                    LOG.debug("Campaign {}: lock conflict in the ledger, retrying: {}", campaignId, e.getMessage());
                    sleep(20);
                }
            }
            if (sent >= 0) {
                committer.await(committer.advance(sent, sentReply, null));
            }
        } catch (SQLException e) {
            LOG.error("Campaign {} stopped on this node: the ledger failed; it resumes at the next start", campaignId, e);
            note = OutreachTexts.MESSAGES.text("campaign.note.ledger-failed", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Campaign {} stopped on this node", campaignId, e);
            note = OutreachTexts.MESSAGES.text("campaign.note.stopped", e.toString());
        } finally {
            ended();
        }
    }

    /**
     * Sends the prepared message once it is built, ending its data only when {@code claim} is
     * committed as {@link Ledger.Claim#CLAIMED}; otherwise the connection is closed before the
     * end of the data, and the server drops the message.
     */
    private SmtpConnection.Reply send(SmtpConnection smtp, Prepared prepared, CompletableFuture<Ledger.Claim> claim) {
        MimeMessage message;
        try {
            message = built(prepared);
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Campaign {}: the message to contact {} could not be built", campaignId, prepared.recipient.contactId(), e);
            return new SmtpConnection.Reply(SmtpConnection.Outcome.PERMANENT, "the message could not be built: " + e.getMessage());
        }
        rate.acquire();
        return smtp.send(message, prepared.recipient.email(), () -> {
            Ledger.Claim claimed;
            try {
                claimed = committer.await(claim);
            } catch (SQLException e) {
                throw new IOException("the ledger could not record the message as being sent", e);
            }
            if (claimed != Ledger.Claim.CLAIMED) {
                throw new IOException("the recipient can no longer be mailed (" + claimed + ")");
            }
        });
    }

    /**
     * Skips rows whose contact was erased and says whether nothing is left. Runs under the same
     * lock as {@link #next}: the sweep and the fetch of due rows lock the same rows in opposite
     * orders, and would otherwise deadlock.
     */
    private synchronized boolean sweepAndCheckDone(Connection db) throws SQLException {
        ledger.skipErased(db, campaignId);
        return !ledger.anyLeft(db, campaignId);
    }

    private interface LedgerWrite {
        void run() throws SQLException;
    }

    private void retrying(LedgerWrite write) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                write.run();
                return;
            } catch (SQLException e) {
                if (!AreaDatabase.isLockConflict(e) || attempt == 10) {
                    throw e;
                }
                sleep(20L * attempt);
            }
        }
    }

    private void finish(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "UPDATE out_campaign SET status = 'done', finished_at = ?, version = version + 1 WHERE id = ? AND status = 'running'")) {
            s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            s.setLong(2, campaignId);
            if (s.executeUpdate() == 1) {
                LOG.info("Campaign {} done", campaignId);
            }
        }
        db.commit();
        stopping = true;
    }

    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (!stopping && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
