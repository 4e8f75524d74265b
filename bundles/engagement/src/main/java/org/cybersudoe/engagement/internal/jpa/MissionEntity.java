package org.cybersudoe.engagement.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

@Entity
@Table(name = "eng_mission")
public class MissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "company_id", nullable = false) public long companyId;
    @Column(name = "company_name", nullable = false) public String companyName;
    @Column(name = "partner_code", nullable = false) public String partner;
    @Column(name = "consultant") public String consultant;
    @Column(name = "start_date") public LocalDate start;
    @Column(name = "end_date") public LocalDate end;
    @Column(name = "consultant_days", nullable = false) public BigDecimal consultantDays;
    @Column(name = "language", nullable = false) public String language;
    @Column(name = "status", nullable = false) public String status;
    @Column(name = "created_at", nullable = false) public LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false) public LocalDateTime updatedAt;
    @Column(name = "version", nullable = false) public long version;

    @ElementCollection
    @CollectionTable(name = "eng_mission_theme", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new HashSet<>();
}
