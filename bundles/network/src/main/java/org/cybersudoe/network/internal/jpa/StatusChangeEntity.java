package org.cybersudoe.network.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "net_status_change")
public class StatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public StructureEntity structure;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "changed_on", nullable = false)
    public LocalDate changedOn;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "note")
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;
}
