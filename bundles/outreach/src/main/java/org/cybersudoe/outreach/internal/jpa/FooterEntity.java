package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "out_partner_footer")
public class FooterEntity {

    @Id
    @Column(name = "partner_code")
    public String partner;

    @Column(name = "footer_fr") public String fr;
    @Column(name = "footer_es") public String es;
    @Column(name = "footer_pt") public String pt;
    @Column(name = "footer_en") public String en;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;
}
