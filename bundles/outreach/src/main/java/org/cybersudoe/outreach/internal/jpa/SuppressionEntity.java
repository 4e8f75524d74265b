package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "out_suppression")
public class SuppressionEntity {

    @Id
    @Column(name = "email_hash")
    public String emailHash;

    @Column(nullable = false)
    public String reason;

    @Column(name = "partner_code")
    public String partner;

    @Column(name = "consent_basis")
    public String consentBasis;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Column(name = "consent_source")
    public String consentSource;

    @Column(name = "unsubscribed_at")
    public LocalDateTime unsubscribedAt;

    @Column(name = "erased_at")
    public LocalDateTime erasedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;
}
