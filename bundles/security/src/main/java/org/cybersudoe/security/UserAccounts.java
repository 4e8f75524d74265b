package org.cybersudoe.security;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The accounts of the platform's one JAAS realm. Passwords are stored hashed by the realm;
 * a new account's password is generated here and shown once to whoever created it.
 */
@ProviderType
public interface UserAccounts {

    /**
     * Creates an account with one platform role and, for partner roles, the partner it works
     * for. The lead partner's admins create any account; a partner's admin creates
     * {@code partner-staff} accounts of its own partner only.
     *
     * @return the generated password, shown once; never null
     * @throws org.cybersudoe.core.error.ValidationException for a bad login, a taken login, or a
     *     partner role without a partner
     * @throws org.cybersudoe.core.error.AccessDeniedException outside the caller's rights
     */
    String create(Caller caller, String login, Role role, Optional<String> partnerCode);

    /** Every account with its roles; admins and evaluators only. Never null. */
    List<Account> list(Caller caller);

    /**
     * One account of the realm.
     *
     * @param login the user name
     * @param roles the platform roles
     * @param partnerCode the partner, if any
     */
    record Account(String login, List<Role> roles, Optional<String> partnerCode) {
    }
}
