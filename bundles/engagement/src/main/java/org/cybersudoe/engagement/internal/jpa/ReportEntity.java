package org.cybersudoe.engagement.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "eng_report")
public class ReportEntity {

    @Id
    @Column(name = "mission_id")
    public Long missionId;

    @Column(name = "language", nullable = false) public String language;
    @Lob @Column(name = "situation", nullable = false) public String situation;
    @Lob @Column(name = "needs", nullable = false) public String needs;
    @Lob @Column(name = "recommendations", nullable = false) public String recommendations;
    @Lob @Column(name = "specification") public String specification;
    @Column(name = "status", nullable = false) public String status;
    @Column(name = "written_by", nullable = false) public String writtenBy;
    @Column(name = "updated_at", nullable = false) public LocalDateTime updatedAt;
    @Column(name = "signed_off_by") public String signedOffBy;
    @Column(name = "signed_off_at") public LocalDateTime signedOffAt;
    @Column(name = "version", nullable = false) public long version;
}
