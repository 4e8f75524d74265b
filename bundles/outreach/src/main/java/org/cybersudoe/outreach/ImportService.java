package org.cybersudoe.outreach;

import java.nio.file.Path;
import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * Fills a partner's directory from files and batches. Each bad row is reported with its line
 * and field while good rows go in; importing the same rows again changes nothing; rows are
 * committed in batches, so a crash leaves whole batches and running the import again completes it.
 */
public interface ImportService {

    /** Columns a file may have (their names in the four languages are accepted too; see the docs). */
    List<String> COLUMNS = List.of("company_name", "national_id", "country", "region", "nace", "size", "founded",
            "founded_by_woman", "website", "contact_name", "email", "language", "consent_basis", "consent_date",
            "consent_source");

    /**
     * Imports a CSV file (UTF-8, with or without BOM, UTF-16 with BOM, or a Windows-1252
     * spreadsheet export; comma, semicolon or tab separated; columns named by the header).
     * A header that names an unknown or repeated column, or lacks a required one, imports nothing.
     */
    ImportReport importCsv(Caller caller, String partner, Path file, String sourceName, ImportProgress progress);

    /** Imports rows sent by a system (SOAP batches): the same checks and matching as a file. */
    ImportReport upsert(Caller caller, String partner, String sourceName, List<DirectoryRow> rows);

    /** Properties the list of imports sorts by; newest first when none is asked for. */
    List<String> SORTABLE = List.of("id", "partner", "startedAt", "status");

    Page<ImportReport> imports(Caller caller, String partner, PageRequest page);

    /** One import with a page of its errors. */
    ImportReport get(Caller caller, long id, PageRequest errors);
}
