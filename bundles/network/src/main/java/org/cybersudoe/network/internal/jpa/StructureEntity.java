package org.cybersudoe.network.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "net_structure")
public class StructureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "code", nullable = false, unique = true)
    public String code;

    @Embedded
    public LocalizedColumns name;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    @Column(name = "country", nullable = false)
    public String country;

    @Column(name = "lead_partner", nullable = false)
    public boolean leadPartner;

    @Column(name = "website")
    public String website;

    @Column(name = "nuts_edition", nullable = false)
    public String nutsEdition;

    @ElementCollection
    @CollectionTable(name = "net_structure_region", joinColumns = @JoinColumn(name = "structure_id"))
    @Column(name = "region_code")
    public Set<String> regions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "net_structure_lang", joinColumns = @JoinColumn(name = "structure_id"))
    @Column(name = "lang")
    public Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "net_structure_wp", joinColumns = @JoinColumn(name = "structure_id"))
    @Column(name = "wp_code")
    public Set<String> workPackages = new LinkedHashSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    /** Regions in a stable order (codes sorted). */
    public List<String> sortedRegions() {
        List<String> list = new ArrayList<>(regions);
        list.sort(null);
        return list;
    }

}
