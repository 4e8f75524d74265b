package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.MessagingException;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.BounceOutcome;
import org.cybersudoe.outreach.BounceService;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.outreach.internal.directory.Keys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = {BounceService.class, BounceServiceImpl.class})
public class BounceServiceImpl implements BounceService {

    private static final Logger LOG = LoggerFactory.getLogger(BounceServiceImpl.class);
    private static final Pattern OUR_ID = Pattern.compile("<campaign-(\\d+)\\.(\\d+)@([^>]+)>");
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Dispatcher dispatcher;

    @Activate
    public BounceServiceImpl(@Reference Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public BounceOutcome report(Caller caller, byte[] message) {
        caller.requireAdmin();
        if (message == null || message.length == 0) {
            throw new ValidationException("message", "required", OutreachTexts.MESSAGES.text("error.field.bounce-required"));
        }
        if (message.length > MAX_BYTES) {
            throw new ValidationException("message", "too-large",
                    OutreachTexts.MESSAGES.text("error.field.bounce-too-large", MAX_BYTES));
        }
        Mailer mailer = dispatcher.mailer();
        Optional<List<DeliveryReports.Report>> parsed;
        try {
            parsed = Mailer.withMailClassLoader(() -> {
                try {
                    return DeliveryReports.parse(mailer.session(), message);
                } catch (IOException e) {
                    throw new MessagingException("unreadable", e);
                }
            });
        } catch (MessagingException e) {
            return BounceOutcome.notAReport(OutreachTexts.MESSAGES.text("bounce.unreadable", String.valueOf(e.getMessage())));
        }
        if (parsed.isEmpty()) {
            return BounceOutcome.notAReport(OutreachTexts.MESSAGES.text("bounce.not-a-report"));
        }
        String ourDomain = mailer.config().fromAddress().replaceAll(".*@", "").toLowerCase();
        for (DeliveryReports.Report r : parsed.get()) {
            Matcher id = r.originalMessageId() == null ? null : OUR_ID.matcher(r.originalMessageId());
            if (id == null || !id.matches() || !id.group(3).equalsIgnoreCase(ourDomain)) {
                return BounceOutcome.ignored(OutreachTexts.MESSAGES.text("bounce.foreign", String.valueOf(r.originalMessageId())),
                        r.recipient(), null, r.status());
            }
            if (!"failed".equals(r.action()) || r.status() == null || !r.status().startsWith("5")) {
                return BounceOutcome.ignored(OutreachTexts.MESSAGES.text("bounce.not-permanent", String.valueOf(r.action()),
                        String.valueOf(r.status())),
                        r.recipient(), Long.parseLong(id.group(1)), r.status());
            }
            long campaign = Long.parseLong(id.group(1));
            long contact = Long.parseLong(id.group(2));
            try {
                return apply(campaign, contact, r);
            } catch (SQLException e) {
                throw new IllegalStateException("the bounce could not be recorded: " + e.getMessage(), e);
            }
        }
        return BounceOutcome.ignored(OutreachTexts.MESSAGES.text("bounce.no-recipient"), null, null, null);
    }

    private BounceOutcome apply(long campaign, long contact, DeliveryReports.Report r) throws SQLException {
        try (Connection c = dispatcher.ledger().connection()) {
            String emailKey;
            try (PreparedStatement s = c.prepareStatement("SELECT k.email_key FROM out_delivery d JOIN out_contact k "
                    + "ON k.id = d.contact_id WHERE d.campaign_id = ? AND d.contact_id = ? AND d.state = 'sent'")) {
                s.setLong(1, campaign);
                s.setLong(2, contact);
                try (ResultSet rs = s.executeQuery()) {
                    emailKey = rs.next() ? rs.getString(1) : null;
                }
            }
            if (emailKey == null || !emailKey.equals(Keys.email(r.recipient()))) {
                c.rollback();
                return BounceOutcome.ignored(OutreachTexts.MESSAGES.text("bounce.not-sent", String.valueOf(campaign), r.recipient()),
                        r.recipient(), campaign, r.status());
            }
            String detail = (r.status() + " " + (r.diagnostic() == null ? "" : r.diagnostic())).strip();
            try (PreparedStatement s = c.prepareStatement("UPDATE out_contact SET bounced_at = ?, bounce_detail = ?, "
                    + "version = version + 1 WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                s.setString(2, detail.length() > 500 ? detail.substring(0, 500) : detail);
                s.setLong(3, contact);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE out_delivery SET last_reply = ? WHERE campaign_id = ? AND contact_id = ?")) {
                s.setString(1, ("bounced: " + detail).length() > 500 ? ("bounced: " + detail).substring(0, 500) : "bounced: " + detail);
                s.setLong(2, campaign);
                s.setLong(3, contact);
                s.executeUpdate();
            }
            c.commit();
            LOG.info("Address of contact {} bounced ({}), reported on campaign {}", contact, r.status(), campaign);
            return new BounceOutcome(true, true, OutreachTexts.MESSAGES.text("bounce.applied"), r.recipient(), campaign, r.status());
        }
    }
}
