package org.cybersudoe.benchmark.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/** Sheet drafts for the tests: complete (submittable) in one language. */
final class Drafts {

    private Drafts() {
    }

    static SheetDraft complete(String owner, Language language, String title, String body, List<String> themes,
            List<String> sectors, String method) {
        LocalizedText t = LocalizedText.of(language, title);
        LocalizedText b = LocalizedText.of(language, body);
        return new SheetDraft(owner, null, t, b, b, themes, sectors, method, new BigDecimal("1000"), 20,
                LocalizedText.of(language, "3 h"), b, b, b, b);
    }

    static SheetDraft titleOnly(String owner, String title) {
        return new SheetDraft(owner, null, new LocalizedText(Map.of(Language.EN, title)), null, null, List.of("is-security"),
                List.of(), "workshop", null, null, null, null, null, null, null);
    }
}
