package org.cybersudoe.outreach;

import java.time.Instant;
import java.util.List;

/**
 * What an import did. Rows that changed nothing (the same file imported again) count as
 * unchanged.
 *
 * @param id the import's id
 * @param partner the partner whose directory it filled
 * @param source the file name or the system that sent the rows
 * @param importedBy the user
 * @param startedAt when it started
 * @param finishedAt when it ended, or null while running
 * @param status where it stands
 * @param rows rows read so far
 * @param companiesCreated companies added
 * @param companiesUpdated existing companies changed
 * @param contactsCreated contacts added
 * @param contactsUpdated existing contacts changed
 * @param unchanged rows that matched the directory exactly
 * @param rejected rows not taken
 * @param errors the reasons, by line; may be a page of them only (see {@code rejected})
 */
public record ImportReport(long id, String partner, String source, String importedBy, Instant startedAt, Instant finishedAt,
        ImportStatus status, int rows, int companiesCreated, int companiesUpdated, int contactsCreated, int contactsUpdated,
        int unchanged, int rejected, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
