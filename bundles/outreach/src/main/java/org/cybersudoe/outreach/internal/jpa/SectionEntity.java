package org.cybersudoe.outreach.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "out_issue_section")
@IdClass(SectionEntity.Key.class)
public class SectionEntity {

    @Id
    @Column(name = "issue_id")
    public long issueId;

    @Id
    public int position;

    @Column(name = "theme_code", nullable = false)
    public String theme;

    @Column(name = "title_fr") public String titleFr;
    @Column(name = "title_es") public String titleEs;
    @Column(name = "title_pt") public String titlePt;
    @Column(name = "title_en") public String titleEn;
    @Lob @Column(name = "body_fr") public String bodyFr;
    @Lob @Column(name = "body_es") public String bodyEs;
    @Lob @Column(name = "body_pt") public String bodyPt;
    @Lob @Column(name = "body_en") public String bodyEn;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long issueId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && issueId == k.issueId && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(issueId, position);
        }
    }
}
