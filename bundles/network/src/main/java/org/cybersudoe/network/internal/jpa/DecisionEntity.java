package org.cybersudoe.network.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "net_decision")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public MeetingEntity meeting;

    @Column(name = "decision_no", nullable = false)
    public int number;

    @Lob
    @Column(name = "decision_text", nullable = false)
    public String text;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
}
