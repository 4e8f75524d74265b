package org.cybersudoe.outreach.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "out_import_error")
public class ImportErrorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "import_id", nullable = false)
    public long importId;

    @Column(name = "line_number", nullable = false)
    public int line;

    public int seq;

    @Column(nullable = false)
    public String field;

    @Column(nullable = false)
    public String code;

    /** The English reason. */
    @Column(nullable = false)
    public String detail;

    @Column(name = "detail_fr")
    public String detailFr;

    @Column(name = "detail_es")
    public String detailEs;

    @Column(name = "detail_pt")
    public String detailPt;
}
