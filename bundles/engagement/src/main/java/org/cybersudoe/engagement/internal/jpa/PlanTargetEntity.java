package org.cybersudoe.engagement.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "eng_plan_target")
public class PlanTargetEntity {

    @Id
    @Column(name = "country")
    public String country;

    @Column(name = "events_target", nullable = false) public int events;
    @Column(name = "missions_target", nullable = false) public int missions;
}
