package org.cybersudoe.benchmark.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "bm_adoption")
public class AdoptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partner_code", nullable = false)
    public String partner;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "adopted_by", nullable = false)
    public String adoptedBy;

    @Column(name = "adopted_at", nullable = false)
    public LocalDateTime adoptedAt;
}
