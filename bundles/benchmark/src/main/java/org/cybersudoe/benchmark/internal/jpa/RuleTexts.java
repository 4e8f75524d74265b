package org.cybersudoe.benchmark.internal.jpa;

import java.util.EnumMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/** A rule's title and text in the four languages, one column each. */
@Embeddable
public class RuleTexts {

    @Column(name = "title_fr")
    String titleFr;
    @Column(name = "title_es")
    String titleEs;
    @Column(name = "title_pt")
    String titlePt;
    @Column(name = "title_en")
    String titleEn;
    @Column(name = "body_fr")
    String bodyFr;
    @Column(name = "body_es")
    String bodyEs;
    @Column(name = "body_pt")
    String bodyPt;
    @Column(name = "body_en")
    String bodyEn;

    public static RuleTexts of(LocalizedText title, LocalizedText body) {
        RuleTexts t = new RuleTexts();
        t.titleFr = title.exact(Language.FR).orElse(null);
        t.titleEs = title.exact(Language.ES).orElse(null);
        t.titlePt = title.exact(Language.PT).orElse(null);
        t.titleEn = title.exact(Language.EN).orElse(null);
        t.bodyFr = body.exact(Language.FR).orElse(null);
        t.bodyEs = body.exact(Language.ES).orElse(null);
        t.bodyPt = body.exact(Language.PT).orElse(null);
        t.bodyEn = body.exact(Language.EN).orElse(null);
        return t;
    }

    public LocalizedText title() {
        return text(titleFr, titleEs, titlePt, titleEn);
    }

    public LocalizedText body() {
        return text(bodyFr, bodyEs, bodyPt, bodyEn);
    }

    /** A text from its four language columns (nulls dropped). */
    public static LocalizedText text(String fr, String es, String pt, String en) {
        return LocalizedText.of(fr, es, pt, en);
    }
}
