package org.cybersudoe.network;

import java.util.List;

import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The programmes, their work packages and budget. Read-only here: programmes are loaded
 * from programme data bundles.
 */
@ProviderType
public interface ProgrammeService {

    /** Every programme, by code, with work packages and budget check. Needs read access. Never null. */
    List<Programme> list(Caller caller);

    /**
     * The programme with this code. Needs read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    Programme get(Caller caller, String code);

    /**
     * One work package of a programme. Needs read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    WorkPackage workPackage(Caller caller, String programmeCode, String workPackageCode);
}
