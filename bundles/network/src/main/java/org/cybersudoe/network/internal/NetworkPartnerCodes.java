package org.cybersudoe.network.internal;

import org.cybersudoe.core.security.PartnerCodes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The structures of the network, as the partner codes other areas accept. */
@Component(service = PartnerCodes.class)
public class NetworkPartnerCodes implements PartnerCodes {

    private final NetworkDatabase db;

    @Activate
    public NetworkPartnerCodes(@Reference NetworkDatabase db) {
        this.db = db;
    }

    @Override
    public boolean known(String code) {
        return code != null && db.tx(em -> StructureServiceImpl.findOptional(em, code.strip()) != null);
    }
}
