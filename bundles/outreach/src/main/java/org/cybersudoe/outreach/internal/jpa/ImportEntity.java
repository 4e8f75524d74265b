package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "out_import")
public class ImportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_code", nullable = false)
    public String partner;

    @Column(nullable = false)
    public String source;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "started_at", nullable = false)
    public LocalDateTime startedAt;

    @Column(name = "finished_at")
    public LocalDateTime finishedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "rows_read", nullable = false)
    public int rows;

    @Column(name = "companies_created", nullable = false)
    public int companiesCreated;

    @Column(name = "companies_updated", nullable = false)
    public int companiesUpdated;

    @Column(name = "contacts_created", nullable = false)
    public int contactsCreated;

    @Column(name = "contacts_updated", nullable = false)
    public int contactsUpdated;

    @Column(name = "rows_unchanged", nullable = false)
    public int unchanged;

    @Column(name = "rows_rejected", nullable = false)
    public int rejected;

    /** errors recorded so far (a rejected row may have several) */
    @Column(name = "errors", nullable = false)
    public int errors;
}
