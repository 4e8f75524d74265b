package org.cybersudoe.engagement.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "eng_registration")
public class RegistrationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false) public long eventId;
    @Column(name = "company_id", nullable = false) public long companyId;
    @Column(name = "contact_id") public Long contactId;
    @Column(name = "company_name", nullable = false) public String companyName;
    @Column(name = "country") public String country;
    @Column(name = "contact_name") public String contactName;
    @Column(name = "email", nullable = false) public String email;
    @Column(name = "language", nullable = false) public String language;
    @Column(name = "status", nullable = false) public String status;
    @Column(name = "email_key", nullable = false) public String emailKey;
    @Column(name = "cancel_secret", nullable = false) public String cancelSecret;
    @Column(name = "registered_at", nullable = false) public LocalDateTime registeredAt;
    @Column(name = "cancelled_at") public LocalDateTime cancelledAt;
    @Column(name = "checked_in_at") public LocalDateTime checkedInAt;
}
