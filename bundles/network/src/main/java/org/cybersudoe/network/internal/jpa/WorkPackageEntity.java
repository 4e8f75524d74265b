package org.cybersudoe.network.internal.jpa;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

@Entity
@Table(name = "net_work_package")
public class WorkPackageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    public ProgrammeEntity programme;

    @Column(name = "code", nullable = false)
    public String code;

    @Column(name = "seq_no", nullable = false)
    public int position;

    @Embedded
    public LocalizedColumns name;

    @ElementCollection
    @CollectionTable(name = "net_budget_line", joinColumns = @JoinColumn(name = "work_package_id"))
    @OrderColumn(name = "seq_no")
    public List<BudgetLineColumns> budgetLines = new ArrayList<>();
}
