package org.cybersudoe.outreach.internal.importing;

import java.time.LocalDate;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.SizeClass;

/**
 * A row whose cells are each well-formed, normalised; null means the cell was blank (an existing
 * record keeps its value). {@code email} null means a row about the company only.
 */
record CheckedRow(int line, String name, String nameKey, String nationalId, String country, String region, String nace,
        SizeClass size, LocalDate founded, Boolean foundedByWoman, String website, String contactName, String email,
        String emailKey, Language language, ConsentBasis consentBasis, LocalDate consentDate, String consentSource) {
}
