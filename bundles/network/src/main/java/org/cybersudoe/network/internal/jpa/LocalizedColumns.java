package org.cybersudoe.network.internal.jpa;

import java.util.EnumMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/** A text in the four languages, one column each ({@code name_fr}, ... unless overridden). */
@Embeddable
public class LocalizedColumns {

    @Column(name = "name_fr")
    private String fr;
    @Column(name = "name_es")
    private String es;
    @Column(name = "name_pt")
    private String pt;
    @Column(name = "name_en")
    private String en;

    public static LocalizedColumns of(LocalizedText text) {
        LocalizedColumns c = new LocalizedColumns();
        c.fr = text.exact(Language.FR).orElse(null);
        c.es = text.exact(Language.ES).orElse(null);
        c.pt = text.exact(Language.PT).orElse(null);
        c.en = text.exact(Language.EN).orElse(null);
        return c;
    }

    public LocalizedText toText() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        map.put(Language.FR, fr);
        map.put(Language.ES, es);
        map.put(Language.PT, pt);
        map.put(Language.EN, en);
        map.values().removeIf(v -> v == null);
        return new LocalizedText(map);
    }

    /** Any of the texts contains {@code lowerText}, ignoring case. */
    public boolean contains(String lowerText) {
        for (String s : new String[] {fr, es, pt, en}) {
            if (s != null && s.toLowerCase().contains(lowerText)) {
                return true;
            }
        }
        return false;
    }

    public String en() {
        return en;
    }
}
