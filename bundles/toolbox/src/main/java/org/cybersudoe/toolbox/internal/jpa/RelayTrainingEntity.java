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
@Table(name = "tbx_relay_training")
public class RelayTrainingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lead_id", nullable = false)
    public long leadId;

    @Column(name = "relay_name", nullable = false)
    public String relayName;

    @Column(name = "relay_structure", nullable = false)
    public String relayStructure;

    @Column(name = "trained_on", nullable = false)
    public LocalDate trainedOn;

    @Column(name = "theme_code")
    public String themeCode;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;
}
