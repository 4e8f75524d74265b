package org.cybersudoe.benchmark.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** A sheet's texts in one language. */
@Entity
@Table(name = "bm_sheet_text")
public class SheetTextEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id")
    public SheetEntity sheet;

    @Column(name = "lang", nullable = false)
    public String lang;

    @Column(name = "title")
    public String title;

    @Column(name = "target_companies")
    public String targetCompanies;

    @Lob
    @Column(name = "description")
    public String description;

    @Column(name = "duration")
    public String duration;

    @Lob
    @Column(name = "results")
    public String results;

    @Lob
    @Column(name = "strengths")
    public String strengths;

    @Lob
    @Column(name = "weaknesses")
    public String weaknesses;

    @Lob
    @Column(name = "transferability")
    public String transferability;
}
