package org.cybersudoe.outreach.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity
@Table(name = "out_company")
public class CompanyEntity {

    @Id
    @TableGenerator(name = "out_company_ids", table = "out_id", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "company", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "out_company_ids")
    public Long id;

    @Column(name = "partner_code", nullable = false)
    public String partner;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "national_id")
    public String nationalId;

    @Column(nullable = false)
    public String country;

    @Column(name = "nuts_region")
    public String region;

    @Column(name = "nace_code")
    public String nace;

    @Column(name = "size_class")
    public String size;

    @Column(name = "founded_on")
    public LocalDate founded;

    @Column(name = "founded_by_woman")
    public Boolean foundedByWoman;

    public String website;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    public long version;
}
