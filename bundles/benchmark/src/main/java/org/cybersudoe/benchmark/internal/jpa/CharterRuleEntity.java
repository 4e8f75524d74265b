package org.cybersudoe.benchmark.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A golden rule as a charter version published it. */
@Entity
@Table(name = "bm_charter_rule")
public class CharterRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    public CharterVersionEntity version;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "code", nullable = false)
    public String code;

    @Embedded
    public RuleTexts texts;

    /** The supporting sheet ids at publication, comma-separated: a snapshot, not a relation. */
    @Column(name = "sheet_ids")
    public String sheetIds;
}
