package org.cybersudoe.network.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.network.Person;

/** A person of the directory as SOAP shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "person", namespace = DirectoryEndpoint.NAMESPACE)
public class PersonInfo {

    public long id;
    public String firstName;
    public String lastName;
    public String structure;
    public String function;
    public String email;
    public String phone;
    @XmlElement(name = "language")
    public List<String> languages = new ArrayList<>();
    public long version;

    static PersonInfo of(Person p) {
        PersonInfo i = new PersonInfo();
        i.id = p.id();
        i.firstName = p.firstName();
        i.lastName = p.lastName();
        i.structure = p.structureCode();
        i.function = p.function();
        i.email = p.email();
        i.phone = p.phone();
        i.languages = new ArrayList<>(p.languages().stream().sorted().map(l -> l.code()).toList());
        i.version = p.version();
        return i;
    }
}
