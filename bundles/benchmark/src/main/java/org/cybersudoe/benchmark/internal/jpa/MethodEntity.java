package org.cybersudoe.benchmark.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "bm_method")
public class MethodEntity {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "label_fr")
    public String fr;
    @Column(name = "label_es")
    public String es;
    @Column(name = "label_pt")
    public String pt;
    @Column(name = "label_en")
    public String en;
}
