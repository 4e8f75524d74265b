package org.cybersudoe.network.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "net_document")
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "folder_type", nullable = false)
    public String folderType;

    @Column(name = "folder_code", nullable = false)
    public String folderCode;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "owner_partner", nullable = false)
    public String ownerPartner;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;
}
