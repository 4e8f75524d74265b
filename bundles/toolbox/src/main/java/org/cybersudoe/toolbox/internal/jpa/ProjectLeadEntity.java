package org.cybersudoe.toolbox.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "tbx_project_lead")
public class ProjectLeadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_code", nullable = false)
    public String partnerCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "email")
    public String email;

    @Column(name = "trained_on", nullable = false)
    public LocalDate trainedOn;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;
}
