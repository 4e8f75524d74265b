package org.cybersudoe.outreach.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.outreach.Company;

/** A company as the SOAP service shows it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "company", namespace = DirectoryEndpoint.NAMESPACE)
public class CompanyInfo {
    public long id;
    public String partner;
    public String name;
    public String nationalId;
    public String country;
    public String region;
    public String nace;
    public String size;
    public String founded;
    public Boolean foundedByWoman;
    public String website;
    public int contacts;

    static CompanyInfo of(Company c) {
        CompanyInfo i = new CompanyInfo();
        i.id = c.id();
        i.partner = c.partner();
        i.name = c.name();
        i.nationalId = c.nationalId();
        i.country = c.country();
        i.region = c.region();
        i.nace = c.nace();
        i.size = c.size() == null ? null : c.size().code();
        i.founded = c.founded() == null ? null : c.founded().toString();
        i.foundedByWoman = c.foundedByWoman();
        i.website = c.website();
        i.contacts = c.contacts();
        return i;
    }
}
