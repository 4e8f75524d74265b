package org.cybersudoe.benchmark.internal.jpa;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "bm_rule")
public class RuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "code", nullable = false, unique = true)
    public String code;

    @Column(name = "position", nullable = false)
    public int position;

    @Embedded
    public RuleTexts texts;

    @ElementCollection
    @CollectionTable(name = "bm_rule_sheet", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "sheet_id")
    public Set<Long> sheetIds = new LinkedHashSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;
}
