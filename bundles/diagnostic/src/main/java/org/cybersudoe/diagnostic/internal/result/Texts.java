package org.cybersudoe.diagnostic.internal.result;

import org.cybersudoe.core.i18n.Language;

/** Texts of results shared by the chart and the printed page. */
public final class Texts {

    private Texts() {
    }

    public static String notRelevant(Language language) {
        return ResultPdf.MESSAGES.get(language, "notRelevant");
    }
}
