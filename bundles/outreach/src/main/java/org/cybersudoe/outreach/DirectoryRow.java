package org.cybersudoe.outreach;

/**
 * One row of an import, as written in the file or sent by a regional system: the cells as text,
 * checked and normalised by the import. Blank cells of an existing record leave its value as it
 * is.
 *
 * @param line the row's line number in its file (or position in its batch), for the report
 */
public record DirectoryRow(int line, String companyName, String nationalId, String country, String region, String nace,
        String size, String founded, String foundedByWoman, String website, String contactName, String email,
        String language, String consentBasis, String consentDate, String consentSource) {
}
