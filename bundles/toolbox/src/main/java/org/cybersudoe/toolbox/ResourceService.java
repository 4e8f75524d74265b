package org.cybersudoe.toolbox;

import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The toolbox's resources per theme, one version per language, and how far they are. A
 * resource belongs to its owner partner: that partner's admins and staff change it, the lead
 * partner's admins change any, evaluators read only.
 */
@ProviderType
public interface ResourceService {

    /** The properties {@link #list} sorts by. */
    List<String> SORTABLE = List.of("id", "theme", "kind", "owner");

    /** A page of resources matching the query (by theme, kind, id when no sort is given). Never null. */
    Page<ToolResource> list(Caller caller, ResourceQuery query, PageRequest page);

    /**
     * The resource with this id.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    ToolResource get(Caller caller, long id);

    /**
     * Creates a resource with no language version yet. Needs change rights on
     * {@code draft.ownerPartner()}; the theme must be deployed. Never null.
     */
    ToolResource create(Caller caller, ResourceDraft draft);

    /**
     * Replaces a resource's data (not its language versions). Needs change rights on its
     * owner, and on the new owner when it changes; a stale {@code expectedVersion} is a
     * {@link org.cybersudoe.core.error.ConflictException}. Never null.
     */
    ToolResource update(Caller caller, long id, long expectedVersion, ResourceDraft draft);

    /**
     * Sets the resource's version in {@code language} (creating or replacing it). Needs
     * change rights on its owner; a stale {@code expectedVersion} is a conflict. Never null.
     */
    ToolResource putLanguageVersion(Caller caller, long id, long expectedVersion, Language language,
            LanguageVersionDraft draft);

    /**
     * What is missing in which target language, per theme: every deployed theme, and every
     * unavailable theme that still has resources; one theme only when {@code themeCode} is
     * given. Ordered by theme kind and code. Never null.
     */
    List<ThemeTranslationReport> translationReport(Caller caller, String themeCode);

    /** Progress toward "9 guides, 9 videos, 9 diagnostics, each in 3 languages". Never null. */
    ToolboxProgress progress(Caller caller);
}
