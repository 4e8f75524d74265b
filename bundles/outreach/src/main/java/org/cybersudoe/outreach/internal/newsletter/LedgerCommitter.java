package org.cybersudoe.outreach.internal.newsletter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.cybersudoe.persistence.AreaDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the ledger advances of one campaign run's connections ({@link Ledger.Writer#advance}),
 * several to a commit. Each commit is a synchronous write of Derby's log; made by each connection
 * for each of its messages, those writes queued behind each other and took half of a message's
 * time. A sending thread hands its advance over before it starts the SMTP exchange and waits for
 * it ({@link #await}) only before it ends the message's data ({@link SmtpConnection#send}).
 * Advances are held until a sender waits for one of them, or until every sender has one held
 * (a sender has at most one not committed): when messages are signed, the senders wait for their
 * messages rather than for the ledger, and one commit then serves most of them.
 */
final class LedgerCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerCommitter.class);
    /** Held advances are written after this long even if no sender waits for them. */
    private static final long MAX_HOLD_MILLIS = 20;
    private static final int LOCK_ATTEMPTS = 10;

    private record Advance(long sentContactId, String reply, Recipient next, CompletableFuture<Ledger.Claim> result) {
    }

    /** Put on the queue by {@link #close}: the advances before it are written, then the thread ends. */
    private static final Advance END = new Advance(-1, null, null, null);
    /** Put on the queue by {@link #await}: a sender waits, the advances held are written now. */
    private static final Advance NOW = new Advance(-1, null, null, null);

    private final long campaignId;
    private final int senders;
    private final Connection db;
    private final Ledger.Writer writer;
    private final BlockingQueue<Advance> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    LedgerCommitter(long campaignId, Ledger ledger, int senders, ThreadFactory threads) throws SQLException {
        this.campaignId = campaignId;
        this.senders = senders;
        this.db = ledger.connection();
        try {
            this.writer = ledger.writer(db);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        this.thread = threads.newThread(this::run);
        thread.setName("cybersudoe-campaign-" + campaignId + "-ledger");
        thread.start();
    }

    /**
     * Queues what {@link Ledger.Writer#advance} does: {@code sentContactId} (if not -1) recorded as
     * sent, {@code next} (if any) claimed. The result completes once committed, or with the
     * {@link SQLException} that rolled the commit back.
     */
    CompletableFuture<Ledger.Claim> advance(long sentContactId, String reply, Recipient next) {
        CompletableFuture<Ledger.Claim> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new SQLException("the campaign's ledger writer is closed"));
        } else {
            queue.add(new Advance(sentContactId, reply, next, result));
        }
        return result;
    }

    /** Waits for an advance handed over by {@link #advance}: its claim once committed, or its SQLException. */
    Ledger.Claim await(CompletableFuture<Ledger.Claim> advance) throws SQLException {
        if (!advance.isDone()) {
            queue.add(NOW);
        }
        try {
            return advance.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the ledger was written", e);
        }
    }

    private void run() {
        Batch batch = new Batch();
        try {
            boolean end = false;
            while (!end) {
                Advance first = queue.take();
                if (first == NOW) {
                    // what that sender waited for is committed already
                    continue;
                }
                end = first == END;
                if (!end) {
                    batch.add(first);
                }
                while (!end && batch.advances.size() < senders) {
                    Advance next = queue.poll(MAX_HOLD_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    if (next == NOW) {
                        // A sender waits: commit now, with the advances that arrived meanwhile.
                        // Each sender's wait follows its own advance closely; committing at the
                        // first wait left the other senders' advances, queued behind it, to
                        // commits of their own: about one message a commit when the senders did
                        // not wait for their messages to be built.
                        end = drainQueued(batch);
                        break;
                    }
                    end = next == END;
                    if (!end) {
                        batch.add(next);
                    }
                }
                if (!batch.advances.isEmpty()) {
                    batch.commit();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SQLException gone = new SQLException("the campaign's ledger writer stopped");
            batch.advances.forEach(a -> a.result().completeExceptionally(gone));
            queue.forEach(a -> {
                if (a != END && a != NOW) {
                    a.result().completeExceptionally(gone);
                }
            });
            closeQuietly(writer, db);
        }
    }

    /** Adds the advances already queued to the batch, without waiting; true when the end was among them. */
    private boolean drainQueued(Batch batch) {
        for (Advance a = queue.poll(); a != null; a = queue.poll()) {
            if (a == END) {
                return true;
            }
            if (a != NOW) {
                batch.add(a);
            }
        }
        return false;
    }

    /**
     * The advances held for the next commit. Each one's statements run as it arrives, while the
     * senders are still busy; only the commit waits. On a failure they run again from the start.
     */
    private final class Batch {
        final List<Advance> advances = new ArrayList<>(senders);
        private final List<Ledger.Claim> claims = new ArrayList<>(senders);
        private boolean failed;

        void add(Advance a) {
            advances.add(a);
            if (!failed) {
                try {
                    claims.add(writer.advance(campaignId, a.sentContactId(), a.reply(), a.next()));
                } catch (SQLException e) {
                    // rolled back and written again, with retries, at the commit
                    failed = true;
                }
            }
        }

        void commit() throws InterruptedException {
            boolean committed = false;
            if (!failed) {
                try {
                    writer.commit();
                    committed = true;
                } catch (SQLException e) {
                    LOG.debug("Campaign {}: commit of the ledger failed, writing the advances again: {}", campaignId, e.getMessage());
                }
            }
            if (committed) {
                for (int i = 0; i < advances.size(); i++) {
                    advances.get(i).result().complete(claims.get(i));
                }
            } else {
                rollback();
                write(advances);
            }
            advances.clear();
            claims.clear();
            failed = false;
        }
    }

    private void write(List<Advance> batch) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                List<Ledger.Claim> claims = new ArrayList<>(batch.size());
                for (Advance a : batch) {
                    claims.add(writer.advance(campaignId, a.sentContactId(), a.reply(), a.next()));
                }
                writer.commit();
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(claims.get(i));
                }
                return;
            } catch (SQLException e) {
                rollback();
                if (AreaDatabase.isLockConflict(e) && attempt < LOCK_ATTEMPTS) {
                    // another connection held one of the rows a moment: every statement was rolled back
                    Thread.sleep(20L * attempt);
                    continue;
                }
                batch.forEach(a -> a.result().completeExceptionally(e));
                return;
            }
        }
    }

    private void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.debug("Campaign {}: closing the ledger writer: {}", campaignId, e.getMessage());
            }
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            LOG.debug("Campaign {}: rollback of the ledger writer failed: {}", campaignId, e.getMessage());
        }
    }

    /** Writes what is queued, then ends the writer; waits for it up to a minute. */
    @Override
    public void close() {
        closed = true;
        queue.add(END);
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
