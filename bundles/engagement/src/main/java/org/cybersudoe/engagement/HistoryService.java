package org.cybersudoe.engagement;

import org.cybersudoe.core.security.Caller;

/** A company's history with the programme, one query away. Network readers. */
public interface HistoryService {

    CompanyHistory history(Caller caller, long companyId);
}
