package org.cybersudoe.outreach.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** One row of an upsert batch, the same cells as an import file's columns (blank cells keep stored values). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "companyRow", namespace = DirectoryEndpoint.NAMESPACE)
public class CompanyRow {
    public String companyName;
    public String nationalId;
    public String country;
    public String region;
    public String nace;
    public String size;
    public String founded;
    public String foundedByWoman;
    public String website;
    public String contactName;
    public String email;
    public String language;
    public String consentBasis;
    public String consentDate;
    public String consentSource;
}
