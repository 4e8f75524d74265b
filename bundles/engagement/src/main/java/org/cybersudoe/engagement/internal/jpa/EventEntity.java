package org.cybersudoe.engagement.internal.jpa;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.Table;

@Entity
@Table(name = "eng_event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "uid", nullable = false)
    public String uid;

    @Column(name = "partner_code", nullable = false)
    public String partner;

    @Column(name = "language", nullable = false)
    public String language;

    @Column(name = "languages", nullable = false)
    public String languages;

    @Column(name = "title_fr") public String titleFr;
    @Column(name = "title_es") public String titleEs;
    @Column(name = "title_pt") public String titlePt;
    @Column(name = "title_en") public String titleEn;
    @Lob @Column(name = "description_fr") public String descriptionFr;
    @Lob @Column(name = "description_es") public String descriptionEs;
    @Lob @Column(name = "description_pt") public String descriptionPt;
    @Lob @Column(name = "description_en") public String descriptionEn;

    @Column(name = "format", nullable = false)
    public String format;

    @Column(name = "venue_name") public String venueName;
    @Column(name = "address") public String address;
    @Column(name = "city") public String city;
    @Column(name = "nuts_region") public String region;
    @Column(name = "online_link") public String onlineLink;

    @Column(name = "start_local", nullable = false) public LocalDateTime startLocal;
    @Column(name = "end_local", nullable = false) public LocalDateTime endLocal;
    @Column(name = "time_zone", nullable = false) public String timeZone;
    @Column(name = "start_utc", nullable = false) public LocalDateTime startUtc;
    @Column(name = "end_utc", nullable = false) public LocalDateTime endUtc;

    @Column(name = "capacity", nullable = false)
    public int capacity;

    /** Read-only here: only the conditional UPDATEs of the registration book change it. */
    @Column(name = "confirmed", nullable = false, insertable = true, updatable = false)
    public int confirmed;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Column(name = "reminded_at")
    public LocalDateTime remindedAt;

    @Column(name = "created_at", nullable = false) public LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false) public LocalDateTime updatedAt;

    @Column(name = "version", nullable = false)
    public long version;

    @ElementCollection
    @CollectionTable(name = "eng_event_theme", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new HashSet<>();
}
