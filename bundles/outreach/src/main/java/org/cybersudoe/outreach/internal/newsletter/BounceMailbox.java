package org.cybersudoe.outreach.internal.newsletter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.mail.Flags;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.BounceOutcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bounce mailbox every few minutes: each delivery report goes to the bounce service
 * and is then deleted; any other message (an out-of-office reply, a person writing back) is
 * left in the mailbox, marked read, for a person to see.
 */
@Component(service = BounceMailbox.class, configurationPid = BounceMailboxConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BounceMailboxConfig.class)
public class BounceMailbox {

    private static final Logger LOG = LoggerFactory.getLogger(BounceMailbox.class);

    private final BounceServiceImpl bounces;
    private final BounceMailboxConfig config;
    private final ScheduledExecutorService poller;

    @Activate
    public BounceMailbox(@Reference BounceServiceImpl bounces, BounceMailboxConfig config) {
        this.bounces = bounces;
        this.config = config;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cybersudoe-bounce-mailbox");
            t.setDaemon(true);
            t.setContextClassLoader(Session.class.getClassLoader());
            return t;
        });
        if (config.enabled()) {
            poller.scheduleWithFixedDelay(this::readSafely, 5, config.pollSeconds(), TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
    }

    private void readSafely() {
        try {
            read();
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warn("The bounce mailbox {}://{}@{}:{} could not be read: {}", config.protocol(), config.username(), config.host(),
                    config.port(), e.toString());
        }
    }

    /** Reads the mailbox once; answers how many reports marked an address as bounced. */
    public int read() throws MessagingException, IOException {
        Properties props = new Properties();
        props.put("mail." + config.protocol() + ".connectiontimeout", "15000");
        props.put("mail." + config.protocol() + ".timeout", "60000");
        Session session = Session.getInstance(props);
        int applied = 0;
        Store store = session.getStore(config.protocol());
        try {
            store.connect(config.host(), config.port(), config.username(), config.password());
            Folder folder = store.getFolder(config.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message m : folder.getMessages()) {
                    if (m.isSet(Flags.Flag.SEEN) || m.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    m.writeTo(raw);
                    BounceOutcome outcome = bounces.report(Caller.SYSTEM, raw.toByteArray());
                    if (outcome.applied()) {
                        applied++;
                    }
                    m.setFlag(outcome.deliveryReport() ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(true);
            }
        } finally {
            store.close();
        }
        return applied;
    }
}
