package org.cybersudoe.toolbox.internal.jpa;

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
import javax.persistence.Version;

@Entity
@Table(name = "tbx_resource")
public class ResourceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "theme_code", nullable = false)
    public String themeCode;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "owner_partner", nullable = false)
    public String ownerPartner;

    @Column(name = "original_lang", nullable = false)
    public String originalLanguage;

    @Column(name = "origin")
    public String origin;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @OneToMany(mappedBy = "resource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language ASC")
    public List<ResourceVersionEntity> versions = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;
}
