package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "out_issue")
public class IssueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issue_number", nullable = false)
    public int number;

    @Column(name = "subject_fr") public String subjectFr;
    @Column(name = "subject_es") public String subjectEs;
    @Column(name = "subject_pt") public String subjectPt;
    @Column(name = "subject_en") public String subjectEn;
    @Lob @Column(name = "intro_fr") public String introFr;
    @Lob @Column(name = "intro_es") public String introEs;
    @Lob @Column(name = "intro_pt") public String introPt;
    @Lob @Column(name = "intro_en") public String introEn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    public long version;
}
