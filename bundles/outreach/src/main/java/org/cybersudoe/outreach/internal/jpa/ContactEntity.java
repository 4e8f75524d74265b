package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity
@Table(name = "out_contact")
public class ContactEntity {

    @Id
    @TableGenerator(name = "out_contact_ids", table = "out_id", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "contact", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "out_contact_ids")
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "partner_code", nullable = false)
    public String partner;

    public String name;

    @Column(nullable = false)
    public String email;

    @Column(name = "email_key", nullable = false)
    public String emailKey;

    @Column(nullable = false)
    public String language;

    @Column(name = "consent_basis", nullable = false)
    public String consentBasis;

    @Column(name = "consent_date", nullable = false)
    public LocalDate consentDate;

    @Column(name = "consent_source", nullable = false)
    public String consentSource;

    @Column(name = "unsubscribed_at")
    public LocalDateTime unsubscribedAt;

    @Column(name = "bounced_at")
    public LocalDateTime bouncedAt;

    @Column(name = "bounce_detail")
    public String bounceDetail;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    public long version;
}
