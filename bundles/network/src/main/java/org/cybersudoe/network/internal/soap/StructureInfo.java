package org.cybersudoe.network.internal.soap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.network.Structure;

/** A structure as the SOAP directory shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "structure", namespace = DirectoryEndpoint.NAMESPACE)
public class StructureInfo {

    public String code;
    @XmlElement(name = "name")
    public List<LocalizedName> names = new ArrayList<>();
    public String status;
    public String statusSince;
    public String country;
    @XmlElement(name = "nutsRegion")
    public List<String> nutsRegions = new ArrayList<>();
    @XmlElement(name = "language")
    public List<String> languages = new ArrayList<>();
    @XmlElement(name = "workPackage")
    public List<String> workPackages = new ArrayList<>();
    public boolean leadPartner;
    public String website;
    public long version;

    static StructureInfo of(Structure s) {
        StructureInfo i = new StructureInfo();
        i.code = s.code();
        i.names = LocalizedName.of(s.name());
        i.status = s.status().code();
        i.statusSince = date(s.statusSince());
        i.country = s.country();
        i.nutsRegions = new ArrayList<>(s.nutsRegions());
        i.languages = new ArrayList<>(s.languages().stream().sorted().map(l -> l.code()).toList());
        i.workPackages = new ArrayList<>(s.workPackages().stream().sorted().toList());
        i.leadPartner = s.leadPartner();
        i.website = s.website();
        i.version = s.version();
        return i;
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
