package org.cybersudoe.network.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.MapKeyColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "net_meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    public CommitteeEntity committee;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
        @AttributeOverride(name = "es", column = @Column(name = "title_es")),
        @AttributeOverride(name = "pt", column = @Column(name = "title_pt")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    public LocalizedColumns title;

    @Column(name = "start_local", nullable = false)
    public LocalDateTime startLocal;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_utc", nullable = false)
    public LocalDateTime startUtc;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_structure_id", nullable = false)
    public StructureEntity host;

    @Column(name = "city")
    public String city;

    @Column(name = "venue")
    public String venue;

    @Column(name = "country")
    public String country;

    @Column(name = "link_url")
    public String link;

    @Lob
    @Column(name = "minutes_text")
    public String minutes;

    @Column(name = "press_sent_on")
    public LocalDate pressSentOn;

    @Column(name = "press_sent_by")
    public String pressSentBy;

    @ElementCollection
    @CollectionTable(name = "net_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "seq_no")
    @Column(name = "item_text")
    public List<String> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "net_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "status")
    public Map<Long, String> attendance = new HashMap<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<DecisionEntity> decisions = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;
}
