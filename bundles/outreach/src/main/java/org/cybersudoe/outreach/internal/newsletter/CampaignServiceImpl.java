package org.cybersudoe.outreach.internal.newsletter;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignProgress;
import org.cybersudoe.outreach.CampaignService;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.outreach.internal.jpa.CampaignEntity;
import org.cybersudoe.outreach.internal.jpa.IssueEntity;
import org.cybersudoe.persistence.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CampaignService.class)
public class CampaignServiceImpl implements CampaignService {

    private static final Map<String, String> SORT = Map.of("id", "c.id", "status", "c.status", "startsAt", "c.startsAt",
            "createdAt", "c.createdAt");

    private final OutreachDatabase db;
    private final NewsletterServiceImpl newsletters;
    private final Dispatcher dispatcher;
    private final SendRate rate = new SendRate(System::nanoTime);

    @Activate
    public CampaignServiceImpl(@Reference OutreachDatabase db, @Reference NewsletterServiceImpl newsletters,
            @Reference Dispatcher dispatcher) {
        this.db = db;
        this.newsletters = newsletters;
        this.dispatcher = dispatcher;
    }

    @Override
    public Campaign schedule(Caller caller, long issueId, Instant startsAt) {
        caller.requireAdmin();
        NewsletterIssue issue = newsletters.issue(caller, issueId);
        if (!issue.missingLanguages().isEmpty()) {
            throw new ValidationException("issueId", "incomplete", OutreachTexts.MESSAGES.text("error.field.issue-incomplete",
                    issue.number(), issue.missingLanguages().stream().map(l -> l.code()).toList()));
        }
        Campaign created = db.tx(em -> {
            CampaignEntity c = new CampaignEntity();
            c.issueId = issueId;
            c.status = CampaignStatus.SCHEDULED.code();
            c.startsAt = startsAt == null ? now() : LocalDateTime.ofInstant(startsAt, ZoneOffset.UTC);
            c.createdBy = caller.login();
            c.createdAt = now();
            em.persist(c);
            em.flush();
            return campaign(c, issue.number());
        });
        dispatcher.wake();
        return created;
    }

    @Override
    public Campaign get(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            CampaignEntity c = em.find(CampaignEntity.class, id);
            if (c == null) {
                throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.campaign", id));
            }
            return campaign(c, em.find(IssueEntity.class, c.issueId).number);
        });
    }

    @Override
    public Page<Campaign> list(Caller caller, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> new Jpql("CampaignEntity", "c").page(em, CampaignEntity.class, page, SORT, "c.id DESC")
                .map(c -> campaign(c, em.find(IssueEntity.class, c.issueId).number)));
    }

    @Override
    public Campaign pause(Caller caller, long id) {
        Campaign c = move(caller, id, List.of(CampaignStatus.SCHEDULED, CampaignStatus.RUNNING), CampaignStatus.PAUSED);
        dispatcher.stop(id);
        return get(caller, c.id());
    }

    @Override
    public Campaign resume(Caller caller, long id) {
        Campaign c = get(caller, id);
        CampaignStatus to = c.startedAt() == null ? CampaignStatus.SCHEDULED : CampaignStatus.RUNNING;
        move(caller, id, List.of(CampaignStatus.PAUSED), to);
        dispatcher.wake();
        return get(caller, id);
    }

    @Override
    public Campaign cancel(Caller caller, long id) {
        move(caller, id, List.of(CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED), CampaignStatus.CANCELLED);
        dispatcher.stop(id);
        return get(caller, id);
    }

    private Campaign move(Caller caller, long id, List<CampaignStatus> from, CampaignStatus to) {
        caller.requireAdmin();
        return db.tx(em -> {
            CampaignEntity c = em.find(CampaignEntity.class, id);
            if (c == null) {
                throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.campaign", id));
            }
            CampaignStatus now = CampaignStatus.fromCode(c.status).orElseThrow();
            if (!from.contains(now)) {
                throw new ConflictException("status",
                        OutreachTexts.MESSAGES.text("error.conflict.campaign-status", now.code(), to.code()));
            }
            c.status = to.code();
            if (to == CampaignStatus.CANCELLED) {
                c.finishedAt = now();
                // the rest of its recipients will never be listed (a listing chunk under way finds its record gone)
                em.createNativeQuery("DELETE FROM out_campaign_listing WHERE campaign_id = ?").setParameter(1, id).executeUpdate();
            }
            em.flush();
            return campaign(c, 0);
        });
    }

    private Campaign campaign(CampaignEntity c, int issueNumber) {
        CampaignProgress progress;
        if (c.startedAt == null) {
            LocalizedText note = null;
            if ("scheduled".equals(c.status)) {
                // past its start time, the dispatcher is listing its recipients (minutes for the largest directories)
                note = c.startsAt.isAfter(now())
                        ? OutreachTexts.MESSAGES.text("campaign.note.starts-at", String.valueOf(c.startsAt.toInstant(ZoneOffset.UTC)))
                        : OutreachTexts.MESSAGES.text("campaign.note.listing");
            }
            progress = new CampaignProgress(0, 0, 0, 0, 0, 0, null, note);
        } else {
            Ledger.Counts counts;
            try (Connection conn = dispatcher.ledger().connection()) {
                counts = dispatcher.ledger().counts(conn, c.id);
            } catch (SQLException e) {
                throw new IllegalStateException("the campaign's ledger cannot be read: " + e.getMessage(), e);
            }
            int left = counts.left();
            int perMinute = 0;
            if (left == 0) {
                rate.forget(c.id);
            } else if (CampaignStatus.RUNNING.code().equals(c.status)) {
                perMinute = rate.perMinute(c.id, counts.get(Ledger.State.SENT),
                        Duration.between(c.startedAt, now()).toSeconds());
            }
            Long secondsLeft = perMinute == 0 || left == 0 ? null : Math.round(left * 60.0 / perMinute);
            progress = new CampaignProgress(c.recipients, counts.get(Ledger.State.SENT), counts.get(Ledger.State.FAILED),
                    counts.get(Ledger.State.SKIPPED), left, perMinute, secondsLeft, dispatcher.note(c.id));
        }
        return new Campaign(c.id, c.issueId, issueNumber, CampaignStatus.fromCode(c.status).orElseThrow(),
                c.startsAt.toInstant(ZoneOffset.UTC), c.createdBy, c.startedAt == null ? null : c.startedAt.toInstant(ZoneOffset.UTC),
                c.finishedAt == null ? null : c.finishedAt.toInstant(ZoneOffset.UTC), progress);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
