package org.cybersudoe.core.security;

/**
 * Which codes name a structure of the network, for the places outside the network area that
 * take a partner code from a person (a user's partner, a trained lead's partner) and must not
 * keep a typing mistake that would leave the record outside every partner's scope. The network
 * area provides it; where it is not deployed, the codes are only checked for their form.
 */
public interface PartnerCodes {

    /** True when {@code code} is the code of a structure of the network, whatever its status. */
    boolean known(String code);
}
