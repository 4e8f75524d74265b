package org.cybersudoe.benchmark.internal.soap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlAttribute;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.XmlValue;

import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.core.i18n.LocalizedText;

/** A published sheet as the SOAP service shows it; each text as one element per language. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "sheet", namespace = SheetsEndpoint.NAMESPACE)
public class SheetInfo {

    public long id;
    public String owner;
    public String country;
    @XmlElement(name = "title")
    public List<Text> title = new ArrayList<>();
    @XmlElement(name = "targetCompanies")
    public List<Text> targetCompanies = new ArrayList<>();
    @XmlElement(name = "description")
    public List<Text> description = new ArrayList<>();
    @XmlElement(name = "theme")
    public List<String> themes = new ArrayList<>();
    @XmlElement(name = "sector")
    public List<String> sectors = new ArrayList<>();
    public String method;
    public BigDecimal costEuros;
    public Integer reach;
    @XmlElement(name = "duration")
    public List<Text> duration = new ArrayList<>();
    @XmlElement(name = "results")
    public List<Text> results = new ArrayList<>();
    @XmlElement(name = "strengths")
    public List<Text> strengths = new ArrayList<>();
    @XmlElement(name = "weaknesses")
    public List<Text> weaknesses = new ArrayList<>();
    @XmlElement(name = "transferability")
    public List<Text> transferability = new ArrayList<>();
    public String publishedAt;

    /** One language of a text: {@code <title lang="fr">...</title>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "localizedText", namespace = SheetsEndpoint.NAMESPACE)
    public static class Text {
        @XmlAttribute(name = "lang")
        public String language;
        @XmlValue
        public String text;

        static List<Text> of(LocalizedText text) {
            return new ArrayList<>(text.languages().stream().sorted().map(l -> {
                Text t = new Text();
                t.language = l.code();
                t.text = text.exact(l).orElse("");
                return t;
            }).toList());
        }
    }

    static SheetInfo of(Sheet s) {
        SheetInfo i = new SheetInfo();
        i.id = s.id();
        i.owner = s.owner();
        i.country = s.country();
        i.title = Text.of(s.title());
        i.targetCompanies = Text.of(s.targetCompanies());
        i.description = Text.of(s.description());
        i.themes = new ArrayList<>(s.themes());
        i.sectors = new ArrayList<>(s.sectors());
        i.method = s.method();
        i.costEuros = s.costEuros();
        i.reach = s.reach();
        i.duration = Text.of(s.duration());
        i.results = Text.of(s.results());
        i.strengths = Text.of(s.strengths());
        i.weaknesses = Text.of(s.weaknesses());
        i.transferability = Text.of(s.transferability());
        i.publishedAt = s.publishedAt() == null ? null : s.publishedAt().toString();
        return i;
    }
}
