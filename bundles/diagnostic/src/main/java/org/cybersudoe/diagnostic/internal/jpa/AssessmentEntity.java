package org.cybersudoe.diagnostic.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An assessment's row; its answers and scores are in dia_answer and dia_score (read and written by SQL). */
@Entity
@Table(name = "dia_assessment")
public class AssessmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash", nullable = false) public String tokenHash;
    @Column(name = "questionnaire_code", nullable = false) public String questionnaire;
    @Column(name = "questionnaire_version", nullable = false) public int questionnaireVersion;
    @Column(name = "language", nullable = false) public String language;
    @Column(name = "company_id") public Long companyId;
    @Column(name = "partner_code") public String partner;
    @Column(name = "country") public String country;
    @Column(name = "region") public String region;
    @Column(name = "nace") public String nace;
    @Column(name = "size_class") public String size;
    @Column(name = "status", nullable = false) public String status;
    @Column(name = "overall") public BigDecimal overall;
    @Column(name = "level_code") public String level;
    /** No longer maintained (migration V2): always false, the newest assessment is found when read. */
    @Column(name = "latest", nullable = false) public boolean latest;
    @Column(name = "milestone") public String milestone;
    @Column(name = "subject_kind") public String subjectKind;
    @Column(name = "subject_id") public Long subjectId;
    @Column(name = "created_by") public String createdBy;
    @Column(name = "created_at", nullable = false) public LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false) public LocalDateTime updatedAt;
    @Column(name = "submitted_at") public LocalDateTime submittedAt;
    @Column(name = "version", nullable = false) public long version;
}
