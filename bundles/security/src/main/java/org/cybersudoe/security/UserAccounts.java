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

    /**
     * Gives an account a new generated password. The lead partner's admins reset any account;
     * a partner's admin resets the {@code partner-staff} accounts of its own partner.
     *
     * @return the new password, shown once; never null
     * @throws org.cybersudoe.core.error.NotFoundException when there is no such account
     * @throws org.cybersudoe.core.error.AccessDeniedException outside the caller's rights
     */
    String resetPassword(Caller caller, String login);

    /**
     * Changes the caller's own password.
     *
     * @throws org.cybersudoe.core.error.ValidationException when the password is shorter than
     *     {@link #MIN_PASSWORD_LENGTH} characters or contains the login
     */
    void changeOwnPassword(Caller caller, String newPassword);

    /** The shortest password a user may choose. */
    int MIN_PASSWORD_LENGTH = 12;

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
