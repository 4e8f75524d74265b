package org.cybersudoe.network.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "net_committee_member")
public class CommitteeMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    public CommitteeEntity committee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    public PersonEntity person;

    @Column(name = "member_role", nullable = false)
    public String role;
}
