package org.cybersudoe.network.internal.soap;

import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.XmlValue;

import org.cybersudoe.core.i18n.LocalizedText;

/** One language of a name: {@code <name lang="fr">...</name>}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "localizedName", namespace = DirectoryEndpoint.NAMESPACE)
public class LocalizedName {

    @XmlAttribute(name = "lang")
    public String language;
    @XmlValue
    public String text;

    static List<LocalizedName> of(LocalizedText text) {
        return text.languages().stream().sorted().map(l -> {
            LocalizedName n = new LocalizedName();
            n.language = l.code();
            n.text = text.exact(l).orElse("");
            return n;
        }).toList();
    }
}
