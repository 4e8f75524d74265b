package org.cybersudoe.toolbox.internal.jpa;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/** A theme as last seen in its bundle; kept when the bundle goes. */
@Entity
@Table(name = "tbx_theme")
public class ThemeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "code", nullable = false, unique = true)
    public String code;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "name_fr") public String nameFr;
    @Column(name = "name_es") public String nameEs;
    @Column(name = "name_pt") public String namePt;
    @Column(name = "name_en") public String nameEn;
    @Column(name = "description_fr") public String descriptionFr;
    @Column(name = "description_es") public String descriptionEs;
    @Column(name = "description_pt") public String descriptionPt;
    @Column(name = "description_en") public String descriptionEn;

    @Column(name = "bundle_symbolic_name", nullable = false)
    public String bundleSymbolicName;

    @Column(name = "bundle_version", nullable = false)
    public String bundleVersion;

    @Column(name = "first_seen_at", nullable = false)
    public LocalDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public LocalDateTime lastSeenAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long version;

    public void setName(LocalizedText t) {
        nameFr = t.exact(Language.FR).orElse(null);
        nameEs = t.exact(Language.ES).orElse(null);
        namePt = t.exact(Language.PT).orElse(null);
        nameEn = t.exact(Language.EN).orElse(null);
    }

    public void setDescription(LocalizedText t) {
        descriptionFr = t.exact(Language.FR).orElse(null);
        descriptionEs = t.exact(Language.ES).orElse(null);
        descriptionPt = t.exact(Language.PT).orElse(null);
        descriptionEn = t.exact(Language.EN).orElse(null);
    }

    public LocalizedText name() {
        return text(nameFr, nameEs, namePt, nameEn);
    }

    public LocalizedText description() {
        return text(descriptionFr, descriptionEs, descriptionPt, descriptionEn);
    }

    private static LocalizedText text(String fr, String es, String pt, String en) {
        return LocalizedText.of(fr, es, pt, en);
    }
}
