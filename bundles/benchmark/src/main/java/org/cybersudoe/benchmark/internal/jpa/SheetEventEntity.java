package org.cybersudoe.benchmark.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "bm_sheet_event")
public class SheetEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "sheet_id", nullable = false)
    public long sheetId;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "done_by", nullable = false)
    public String by;

    @Column(name = "done_at", nullable = false)
    public LocalDateTime at;

    @Column(name = "comment_text")
    public String comment;
}
