package org.cybersudoe.benchmark.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;

@Entity
@Table(name = "bm_charter_version")
public class CharterVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "number", nullable = false, unique = true)
    public int number;

    @Column(name = "preamble_fr")
    public String preambleFr;
    @Column(name = "preamble_es")
    public String preambleEs;
    @Column(name = "preamble_pt")
    public String preamblePt;
    @Column(name = "preamble_en")
    public String preambleEn;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public LocalDateTime publishedAt;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position ASC")
    public List<CharterRuleEntity> rules = new ArrayList<>();
}
