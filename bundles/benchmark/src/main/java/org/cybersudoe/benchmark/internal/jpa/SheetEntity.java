package org.cybersudoe.benchmark.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "bm_sheet")
public class SheetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_code", nullable = false)
    public String owner;

    @Column(name = "country", nullable = false)
    public String country;

    @Column(name = "method_code", nullable = false)
    public String method;

    @Column(name = "cost_euros")
    public BigDecimal costEuros;

    @Column(name = "reach")
    public Integer reach;

    @Column(name = "status", nullable = false)
    public String status;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<SheetTextEntity> texts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bm_sheet_theme", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "bm_sheet_sector", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "theme_code")
    public Set<String> sectors = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    public LocalDateTime submittedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public LocalDateTime reviewedAt;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "published_at")
    public LocalDateTime publishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    /** The key of a sheet loaded from a data file, so that loading it again finds it; null otherwise. */
    @Column(name = "source_key")
    public String sourceKey;
}
