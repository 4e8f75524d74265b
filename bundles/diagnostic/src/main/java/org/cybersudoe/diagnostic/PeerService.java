package org.cybersudoe.diagnostic;

import java.io.Writer;

import org.cybersudoe.core.security.Caller;

/** "How am I doing?": positions against peers, never from a cohort below the minimum. */
public interface PeerService {

    /** The position of the company's newest submitted assessment of the questionnaire. */
    PeerPosition ofCompany(Caller caller, long companyId, String questionnaire);

    /** The position of the assessment behind a resume link (submitted). */
    PeerPosition ofToken(String token);

    /** Rebuilds the peer statistics from the database; returns how many companies each questionnaire has. */
    java.util.Map<String, Integer> recompute(Caller caller);

    /**
     * Writes submitted assessments as CSV without anything that names a company: each row's
     * country, region, sector and size are generalised (blanked, most specific first) until at least
     * the minimum cohort of rows share them. Returns the number of rows.
     */
    int exportAnonymised(Caller caller, String questionnaire, Writer out);
}
