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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

import javax.mail.Session;
import javax.sql.DataSource;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts scheduled campaigns when their time comes, sends running ones, and after a restart
 * resumes those that were running: the messages on the wire at the crash (at most one per
 * connection, marked {@code sending} in the ledger) go again, the rest simply continue.
 * One node dispatches a campaign at a time (see docs/architecture.md).
 */
@Component(service = Dispatcher.class, configurationPid = MailConfig.PID, immediate = true)
@Designate(ocd = MailConfig.class)
public class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final long POLL_MILLIS = 1000;
    /**
     * Contacts looked at per listing transaction: each commits in a fraction of a second, and
     * writes fewer rows than make Derby lock the whole table (5,000).
     */
    private static final int LISTING_CHUNK = 2000;

    private final Ledger ledger;
    private final int listingChunk;
    private final DataSource dataSource;
    private final UnsubscribeTokens tokens;
    private final Map<Long, CampaignRun> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile Mailer mailer;
    private volatile RateLimiter rate;
    private volatile int connections;
    private volatile boolean dispatching;
    private volatile LongFunction<CampaignRun.Content> contents;

    @Activate
    public Dispatcher(@Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource,
            @Reference OutreachDatabase migrated, MailConfig config) {
        this(dataSource, migrated, config, LISTING_CHUNK);
    }

    /** With {@code listingChunk} contacts looked at per listing transaction (tests list a few at a time). */
    public Dispatcher(DataSource dataSource, OutreachDatabase migrated, MailConfig config, int listingChunk) {
        this.listingChunk = listingChunk;
        this.dataSource = dataSource;
        this.ledger = new Ledger(dataSource);
        this.tokens = UnsubscribeTokens.load(dataSource);
        modified(config);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cybersudoe-campaigns");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Modified
    void modified(MailConfig config) {
        this.mailer = new Mailer(config);
        this.rate = new RateLimiter(config.maxPerSecond());
        this.connections = config.connections();
        this.dispatching = config.dispatch();
    }

    /** How campaign messages are laid out; set by the newsletter service (it references this component). */
    public void contents(LongFunction<CampaignRun.Content> contents) {
        this.contents = contents;
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        for (CampaignRun run : runs.values()) {
            run.stop(Duration.ofSeconds(30));
        }
        runs.clear();
    }

    /** Stops everything, as a bundle stop would (tests, which run without the component runtime). */
    public void deactivateForTests() {
        deactivate();
    }

    public Mailer mailer() {
        return mailer;
    }

    public Ledger ledger() {
        return ledger;
    }

    public UnsubscribeTokens tokens() {
        return tokens;
    }

    /** What a campaign sent from this node waits for, if anything. */
    public LocalizedText note(long campaignId) {
        CampaignRun run = runs.get(campaignId);
        return run == null ? null : run.note();
    }

    /** Stops this node's sending of a campaign now (pause, cancel); the ledger keeps where it stood. */
    public void stop(long campaignId) {
        CampaignRun run = runs.remove(campaignId);
        if (run != null) {
            run.stop(Duration.ofSeconds(30));
        }
    }

    /** Looks for work at once rather than at the next poll. */
    public void wake() {
        try {
            poller.execute(this::poll);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the component is being deactivated: the next node start picks the campaign up
        }
    }

    private void poll() {
        if (contents == null || !dispatching) {
            return;
        }
        try (Connection c = ledger.connection()) {
            for (long id : ids(c, "SELECT id FROM out_campaign WHERE status = 'scheduled' AND starts_at <= ?", true)) {
                start(c, id);
            }
            List<Long> running = ids(c, "SELECT id FROM out_campaign WHERE status = 'running'", false);
            for (long id : running) {
                CampaignRun run = runs.get(id);
                if (run == null || (run.isDone() && !finished(c, id))) {
                    resume(c, id);
                }
            }
            for (Long id : new ArrayList<>(runs.keySet())) {
                CampaignRun run = runs.get(id);
                if (!running.contains(id) || (run != null && run.isDone())) {
                    stop(id);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Campaign dispatch: {}", e.toString());
        }
    }

    /**
     * Lists the campaign's first chunk of recipients in the ledger and marks it running, in one
     * transaction: a crash midway leaves it scheduled, with no ledger rows. The run lists the rest
     * a chunk at a time while the first messages go out ({@link CampaignRun}): listing 900,000
     * recipients in one transaction took over a minute before the first message, and Derby made
     * every reader of the rows it wrote wait for its end. The campaign's row is only updated at the
     * end. A campaign cancelled or paused meanwhile is left as it is, and its rows are rolled back.
     */
    private void start(Connection c, long id) throws SQLException {
        Timestamp startedAt = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        Ledger.Chunk first = ledger.listChunk(c, id, 0, listingChunk);
        ledger.listed(c, id, 0, first);
        try (PreparedStatement s = c.prepareStatement("UPDATE out_campaign SET status = 'running', started_at = ?, recipients = ?, "
                + "version = version + 1 WHERE id = ? AND status = 'scheduled'")) {
            s.setTimestamp(1, startedAt);
            s.setInt(2, first.listed());
            s.setLong(3, id);
            if (s.executeUpdate() != 1) {
                c.rollback();
                LOG.info("Campaign {} was cancelled or paused while its recipients were listed: not started", id);
                return;
            }
        }
        c.commit();
        LOG.info("Campaign {} started: {} recipients listed{}", id, first.listed(), first.last() ? "" : " so far, the rest while it sends");
        launch(id);
    }

    private void resume(Connection c, long id) throws SQLException {
        int again = ledger.resend(c, id);
        if (again > 0) {
            LOG.warn("Campaign {} resumes: {} message(s) that were being sent when it stopped go again", id, again);
        }
        launch(id);
    }

    private boolean finished(Connection c, long id) throws SQLException {
        return ledger.listedThrough(c, id) == Ledger.NOTHING_LEFT && !ledger.anyLeft(c, id);
    }

    private void launch(long id) throws SQLException {
        long issueId;
        try (Connection c = ledger.connection(); PreparedStatement s = c.prepareStatement("SELECT issue_id FROM out_campaign WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                issueId = r.getLong(1);
            }
            c.commit();
        }
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "cybersudoe-campaign-" + id + "-smtp-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(Session.class.getClassLoader());
            return t;
        };
        CampaignRun run = new CampaignRun(id, ledger, () -> mailer, tokens, contents.apply(issueId), rate, connections, listingChunk,
                threads);
        // kept once started: a run that could not start is tried again at the next poll
        run.start();
        runs.put(id, run);
    }

    private static List<Long> ids(Connection c, String sql, boolean withNow) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (withNow) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    DataSource dataSource() {
        return dataSource;
    }
}
