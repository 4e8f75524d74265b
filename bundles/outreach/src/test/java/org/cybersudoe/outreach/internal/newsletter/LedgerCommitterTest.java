package org.cybersudoe.outreach.internal.newsletter;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.internal.Area;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * How the ledger writer groups the connections' claims into commits, and how the connections read
 * the recipients due, on a real Derby ledger.
 */
public class LedgerCommitterTest {

    private static final int SENDERS = 4;
    private static final int CONTACTS = 40;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Area area;
    private long campaign;
    private List<Recipient> recipients;
    private final AtomicInteger commits = new AtomicInteger();
    /** While set, each commit waits for it to count down (after counting down {@link #committing}). */
    private volatile CountDownLatch commitsHeld;
    private final CountDownLatch committing = new CountDownLatch(1);
    private LedgerCommitter committer;

    @Before
    public void setUp() throws Exception {
        area = Area.fresh("ledger-committer", 100);
        Path csv = folder.newFile("c.csv").toPath();
        StringBuilder rows = new StringBuilder("company_name,country,email,consent_basis,consent_date\n");
        for (int i = 1; i <= CONTACTS; i++) {
            rows.append("Company ").append(i).append(",FR,contact").append(i).append("@example.org,consent,2024-01-10\n");
        }
        Files.writeString(csv, rows);
        area.imports.importCsv(ADMIN, "cybermassif", csv, "c.csv", ImportProgress.NONE);
        campaign = pendingCampaign(area.dataSource());
        committer = new LedgerCommitter(campaign, new Ledger(countingCommits(area.dataSource())), SENDERS, Executors.defaultThreadFactory());
    }

    @After
    public void tearDown() throws Exception {
        if (committer != null) {
            committer.close();
        }
        area.close();
    }

    @Test
    public void theClaimsOfEverySenderGoIntoOneCommit() throws Exception {
        List<CompletableFuture<Ledger.Claim>> claims = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            claims.add(committer.advance(-1, null, recipients.get(i)));
        }
        for (CompletableFuture<Ledger.Claim> claim : claims) {
            assertEquals(Ledger.Claim.CLAIMED, committer.await(claim));
        }
        assertEquals("one commit for the four claims", 1, commits.get());
        assertEquals(SENDERS, countInState("sending"));
    }

    @Test
    public void aSenderThatWaitsHasItsClaimCommittedWithoutTheOthers() throws Exception {
        CompletableFuture<Ledger.Claim> claim = committer.advance(-1, null, recipients.get(0));
        assertEquals(Ledger.Claim.CLAIMED, committer.await(claim));
        assertEquals(1, commits.get());

        // the next advance records the first message sent and claims another, in one commit
        CompletableFuture<Ledger.Claim> next = committer.advance(recipients.get(0).contactId(), "250 queued", recipients.get(1));
        assertEquals(Ledger.Claim.CLAIMED, committer.await(next));
        assertEquals(2, commits.get());
        assertEquals(1, countInState("sent"));
        assertEquals(1, countInState("sending"));
    }

    @Test
    public void sendersThatEachWaitedAtOnceWhileACommitRanShareTheNextCommit() throws Exception {
        commitsHeld = new CountDownLatch(1);
        List<Thread> waiting = new ArrayList<>();
        List<CompletableFuture<Ledger.Claim>> claims = new ArrayList<>();
        try {
            claims.add(committer.advance(-1, null, recipients.get(0)));
            waiting.add(awaiting(claims.get(0)));
            assertTrue("the first commit started", committing.await(10, TimeUnit.SECONDS));
            // while it runs, each other sender hands its advance over and waits for it at once:
            // the writer finds a wait behind each advance
            for (int i = 1; i < SENDERS; i++) {
                claims.add(committer.advance(-1, null, recipients.get(i)));
                waiting.add(awaiting(claims.get(i)));
            }
        } finally {
            commitsHeld.countDown();
            commitsHeld = null;
        }
        for (CompletableFuture<Ledger.Claim> claim : claims) {
            assertEquals(Ledger.Claim.CLAIMED, claim.get(10, TimeUnit.SECONDS));
        }
        for (Thread t : waiting) {
            t.join(10_000);
        }
        assertEquals("the first claim's commit, then one for the three that waited meanwhile", 2, commits.get());
        assertEquals(SENDERS, countInState("sending"));
    }

    /** A thread that waits for {@code claim} as a sender does, once it is waiting. */
    private Thread awaiting(CompletableFuture<Ledger.Claim> claim) throws Exception {
        Thread t = new Thread(() -> {
            try {
                committer.await(claim);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING && !claim.isDone() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        return t;
    }

    @Test
    public void aClaimNobodyWaitsForIsCommittedAfterAShortHold() throws Exception {
        CompletableFuture<Ledger.Claim> claim = committer.advance(-1, null, recipients.get(0));
        assertEquals(Ledger.Claim.CLAIMED, claim.get(5, TimeUnit.SECONDS));
        assertEquals(1, commits.get());
    }

    @Test
    public void whatIsHeldWhenTheRunEndsIsWrittenBeforeTheWriterStops() throws Exception {
        CompletableFuture<Ledger.Claim> claim = committer.advance(-1, null, recipients.get(0));
        committer.close();
        committer = null;
        assertEquals(Ledger.Claim.CLAIMED, claim.getNow(null));
        assertEquals(1, countInState("sending"));
    }

    @Test
    public void theRecipientsDueAreReadFromTheStateIndexInContactOrderWithoutReadingTheRestOfTheCampaign() throws Exception {
        try (Connection c = area.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long after = recipients.get(9).contactId();
            s.executeUpdate("UPDATE out_delivery SET state = 'sent' WHERE campaign_id = " + campaign + " AND contact_id <= " + after);
            // the row after is some other connection's, being sent
            s.executeUpdate("UPDATE out_delivery SET state = 'sending' WHERE campaign_id = " + campaign + " AND contact_id = "
                    + recipients.get(10).contactId());
            c.commit();
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");

            List<Recipient> due = new Ledger(area.dataSource()).due(c, campaign, after, 5);

            List<Long> expected = recipients.subList(11, 16).stream().map(Recipient::contactId).toList();
            assertEquals(expected, due.stream().map(Recipient::contactId).toList());
            assertEquals("contact16@example.org", due.get(4).email());
            String plan;
            try (ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                assertTrue(r.next());
                plan = r.getString(1);
            }
            assertTrue(plan, plan.contains("Index Scan ResultSet for OUT_DELIVERY using index OUT_DELIVERY_STATE_IX"));
            assertTrue("no sort, no hash join: " + plan, !plan.contains("Sort ResultSet") && !plan.contains("Hash"));
            // the five rows asked for, not the campaign's other 24 pending ones
            assertTrue(plan, plan.contains("Number of rows visited=5\n"));
        }
    }

    /** A campaign whose ledger holds one pending row per imported contact; sets {@link #recipients}. */
    private long pendingCampaign(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO out_issue (issue_number, subject_fr, created_by, created_at, updated_at, version) "
                    + "VALUES (1, 'Lettre', 'alice', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)", Statement.RETURN_GENERATED_KEYS);
            long issue = generatedKey(s);
            s.executeUpdate("INSERT INTO out_campaign (issue_id, status, starts_at, created_by, created_at, recipients, version) "
                    + "VALUES (" + issue + ", 'running', CURRENT_TIMESTAMP, 'alice', CURRENT_TIMESTAMP, 0, 1)",
                    Statement.RETURN_GENERATED_KEYS);
            long id = generatedKey(s);
            s.executeUpdate("INSERT INTO out_delivery (campaign_id, contact_id, state, attempts, next_attempt_at, updated_at) "
                    + "SELECT " + id + ", id, 'pending', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM out_contact");
            recipients = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id, email FROM out_contact ORDER BY id")) {
                while (r.next()) {
                    recipients.add(new Recipient(r.getLong(1), r.getString(2), "", Language.FR, "cybermassif", "", 0));
                }
            }
            return id;
        }
    }

    private static long generatedKey(Statement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            assertTrue(keys.next());
            return keys.getLong(1);
        }
    }

    private int countInState(String state) throws Exception {
        try (Connection c = area.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM out_delivery WHERE campaign_id = ? AND state = ?")) {
            s.setLong(1, campaign);
            s.setString(2, state);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** {@code ds}, with every commit of its connections counted. */
    private DataSource countingCommits(DataSource ds) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, ds, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if ("commit".equals(m.getName())) {
                                    commits.incrementAndGet();
                                    CountDownLatch held = commitsHeld;
                                    if (held != null) {
                                        committing.countDown();
                                        held.await(10, TimeUnit.SECONDS);
                                    }
                                }
                                return invoke(m, connection, a);
                            });
                });
    }
}
