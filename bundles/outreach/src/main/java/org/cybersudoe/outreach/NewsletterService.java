package org.cybersudoe.outreach;

import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * Newsletter issues and the partners' footers. The lead partner's admins write issues; each
 * partner's admins and staff write their own footer; everyone with network read reads them.
 */
public interface NewsletterService {

    /** Properties the list of issues sorts by; highest number first when none is asked for. */
    List<String> SORTABLE = List.of("number", "createdAt", "updatedAt");

    Page<NewsletterIssue> issues(Caller caller, PageRequest page);

    NewsletterIssue issue(Caller caller, long id);

    NewsletterIssue create(Caller caller, IssueDraft draft);

    NewsletterIssue update(Caller caller, long id, long expectedVersion, IssueDraft draft);

    /** The footer under the issues a partner's contacts receive; empty when none was written. */
    LocalizedText footer(Caller caller, String partner);

    LocalizedText setFooter(Caller caller, String partner, LocalizedText footer);

    /**
     * The issue as one of the directory's contacts will receive it (their name, company,
     * language and partner's footer); the contact's partner's staff, or admins.
     */
    RenderedMessage preview(Caller caller, long issueId, long contactId);

    /** The issue as a sample recipient of {@code partner} reading {@code language} would receive it. */
    RenderedMessage preview(Caller caller, long issueId, Language language, String partner);

    /**
     * Sends that sample to {@code address} through the configured SMTP server, at once, marked
     * as a test; admins and partners' admins and staff.
     */
    void testSend(Caller caller, long issueId, Language language, String partner, String address);
}
