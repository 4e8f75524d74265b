package org.cybersudoe.network.internal.jpa;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "net_person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "structure_id", nullable = false)
    public StructureEntity structure;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "function_title")
    public String function;

    @Column(name = "email", nullable = false, unique = true)
    public String email;

    @Column(name = "phone")
    public String phone;

    @ElementCollection
    @CollectionTable(name = "net_person_lang", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "lang")
    public Set<String> languages = new LinkedHashSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    public String displayName() {
        return firstName + " " + lastName;
    }
}
