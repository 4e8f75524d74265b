package org.cybersudoe.core.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * Who is calling a service: every service method that reads or changes data takes one, and
 * enforces the partner scope itself, so REST, SOAP and the shell get the same answer.
 * Immutable.
 *
 * @param login the authenticated user name; never null
 * @param roles the caller's platform roles; never null, may be empty
 * @param partnerCode the code of the partner the caller works for, if any
 */
public record Caller(String login, Set<Role> roles, Optional<String> partnerCode) {

    /** The realm role that carries a user's partner: {@code partner.<code>}. */
    public static final String PARTNER_ROLE_PREFIX = "partner.";

    /** The platform itself (data loaders, scheduled jobs): acts as the lead partner. */
    public static final Caller SYSTEM = new Caller("system", EnumSet.of(Role.ADMIN), Optional.empty());

    /** Someone who sent no credentials (the public portal, a respondent's link): no role, no partner. */
    public static final Caller ANONYMOUS = new Caller("anonymous", EnumSet.noneOf(Role.class), Optional.empty());

    public Caller {
        if (login == null || login.isBlank()) {
            throw new IllegalArgumentException("login is required");
        }
        roles = roles == null || roles.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        partnerCode = partnerCode == null ? Optional.empty() : partnerCode.filter(p -> !p.isBlank());
    }

    /**
     * Builds a caller from the role names a realm gave: our role names, plus at most one
     * {@code partner.<code>} role; other names (Karaf's own, such as {@code ssh}) are ignored.
     */
    public static Caller fromRoleNames(String login, Iterable<String> roleNames) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        String partner = null;
        for (String name : roleNames) {
            if (name == null) {
                continue;
            }
            if (name.startsWith(PARTNER_ROLE_PREFIX) && name.length() > PARTNER_ROLE_PREFIX.length()) {
                partner = name.substring(PARTNER_ROLE_PREFIX.length());
            } else {
                Role.fromRoleName(name).ifPresent(roles::add);
            }
        }
        return new Caller(login, roles, Optional.ofNullable(partner));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** True for every role that may read the network's shared data. */
    public boolean canReadNetwork() {
        return isAdmin() || has(Role.PARTNER_ADMIN) || has(Role.PARTNER_STAFF) || has(Role.EVALUATOR);
    }

    /**
     * True for the roles that change records, each within its scope: admin, partner-admin and
     * partner-staff; evaluators and companies read only.
     */
    public boolean canChangeRecords() {
        return isAdmin() || has(Role.PARTNER_ADMIN) || has(Role.PARTNER_STAFF);
    }

    /**
     * True when the caller may change records owned by {@code ownerPartnerCode}: an admin
     * always; a partner's admin or staff only for their own partner; evaluators and companies
     * never.
     */
    public boolean canChangePartnerRecords(String ownerPartnerCode) {
        if (isAdmin()) {
            return true;
        }
        if (!canChangeRecords()) {
            return false;
        }
        return ownerPartnerCode != null && partnerCode.map(ownerPartnerCode::equals).orElse(false);
    }

    /** Fails with {@link AccessDeniedException} unless {@link #canReadNetwork()}. */
    public void requireNetworkRead() {
        if (!canReadNetwork()) {
            throw new AccessDeniedException("network.read", CoreTexts.MESSAGES.text("denied.network-read"));
        }
    }

    /** Fails with {@link AccessDeniedException} unless {@link #canChangePartnerRecords(String)}. */
    public void requireChange(String ownerPartnerCode) {
        if (!canChangePartnerRecords(ownerPartnerCode)) {
            throw new AccessDeniedException("partner.scope",
                    CoreTexts.MESSAGES.text("denied.partner-scope", login, ownerPartnerCode));
        }
    }

    /** Fails with {@link AccessDeniedException} unless the caller is an admin of the lead partner. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("admin", CoreTexts.MESSAGES.text("denied.admin"));
        }
    }
}
