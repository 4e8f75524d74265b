package org.cybersudoe.security.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.security.AccountEvents;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.PartnerCodes;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Accounts as realm users: the role comes from a group shipped in etc/users.properties
 * (which also grants shell access where the role has it), the partner from a
 * {@code partner.<code>} role on the user.
 */
@Component(service = UserAccounts.class)
public class UserAccountsImpl implements UserAccounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    private static final Pattern PARTNER = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final RealmUserStore store;
    private final SecureRandom random = new SecureRandom();

    /** Told of every credential change, so cached logins of the account end at once. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** The network's structures, when the network area is deployed: a user's partner must be one of them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PartnerCodes partners;

    @Activate
    public UserAccountsImpl(@Reference RealmUserStore store) {
        this.store = store;
    }

    private void announceChange(String login) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.sendEvent(new Event(AccountEvents.CHANGED_TOPIC, Map.of(AccountEvents.LOGIN, login)));
        }
    }

    private boolean knownPartner(String code) {
        PartnerCodes known = partners;
        return known == null || known.known(code);
    }

    /** The realm group that carries each role; see etc/users.properties. */
    static String groupOf(Role role) {
        return switch (role) {
            case ADMIN -> AdminBootstrap.ADMIN_GROUP;
            case PARTNER_ADMIN -> "partneradmingroup";
            case PARTNER_STAFF -> "partnerstaffgroup";
            case EVALUATOR -> "evaluatorgroup";
            case COMPANY -> "companygroup";
        };
    }

    @Override
    public String create(Caller caller, String login, Role role, Optional<String> partnerCode) {
        boolean partnerRole = role == Role.PARTNER_ADMIN || role == Role.PARTNER_STAFF;
        new Validator()
                .required("login", login)
                .checkIfPresent(login, l -> LOGIN.matcher(l).matches(), "login", "invalid-value",
                        () -> SecurityTexts.MESSAGES.text("error.field.login"))
                .required("role", role)
                .check(!partnerRole || partnerCode.isPresent(), "partner", "required",
                        () -> SecurityTexts.MESSAGES.text("error.field.partner-required-for-role", role.roleName()))
                .check(partnerRole || partnerCode.isEmpty(), "partner", "invalid-value",
                        () -> SecurityTexts.MESSAGES.text("error.field.partner-for-partner-roles"))
                .checkIfPresent(partnerCode.orElse(null), p -> PARTNER.matcher(p).matches(), "partner", "invalid-value",
                        () -> SecurityTexts.MESSAGES.text("error.field.partner-code"))
                .throwIfInvalid();
        new Validator().checkIfPresent(partnerCode.orElse(null), this::knownPartner, "partner", "invalid-value",
                () -> SecurityTexts.MESSAGES.text("error.field.partner-unknown", partnerCode.orElse(""))).throwIfInvalid();
        if (!caller.isAdmin()) {
            boolean ownStaff = caller.has(Role.PARTNER_ADMIN) && role == Role.PARTNER_STAFF
                    && partnerCode.equals(caller.partnerCode());
            if (!ownStaff) {
                throw new AccessDeniedException("accounts", SecurityTexts.MESSAGES.text("error.denied.create-account"));
            }
        }
        return store.edit(engine -> {
            new Validator().check(engine.lookupUser(login) == null, "login", "conflict",
                    () -> SecurityTexts.MESSAGES.text("error.field.login-taken")).throwIfInvalid();
            String password = Passwords.generate(random, 20);
            engine.addUser(login, password);
            engine.addGroup(login, groupOf(role));
            partnerCode.ifPresent(p -> engine.addRole(login, Caller.PARTNER_ROLE_PREFIX + p));
            return password;
        });
    }

    @Override
    public String resetPassword(Caller caller, String login) {
        String reset = store.edit(engine -> {
            UserPrincipal user = engine.lookupUser(login);
            if (user == null) {
                throw new NotFoundException(SecurityTexts.MESSAGES.text("error.not-found.account", login));
            }
            Caller target = accountOf(engine, user);
            boolean ownStaff = caller.has(Role.PARTNER_ADMIN) && target.roles().equals(Set.of(Role.PARTNER_STAFF))
                    && target.partnerCode().isPresent() && target.partnerCode().equals(caller.partnerCode());
            if (!caller.isAdmin() && !ownStaff) {
                throw new AccessDeniedException("accounts", SecurityTexts.MESSAGES.text("error.denied.reset-account"));
            }
            String password = Passwords.generate(random, 20);
            // the properties engine keeps the groups and roles of an existing user
            engine.addUser(login, password);
            return password;
        });
        announceChange(login);
        return reset;
    }

    @Override
    public void changeOwnPassword(Caller caller, String newPassword) {
        String login = caller.login();
        new Validator()
                .required("password", newPassword)
                .check(newPassword == null || newPassword.length() >= MIN_PASSWORD_LENGTH, "password", "too-short",
                        () -> SecurityTexts.MESSAGES.text("error.field.password-too-short", MIN_PASSWORD_LENGTH))
                .check(newPassword == null || !newPassword.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT)),
                        "password", "invalid-value", () -> SecurityTexts.MESSAGES.text("error.field.password-contains-login"))
                .check(newPassword == null || Passwords.isVaried(newPassword), "password", "too-repetitive",
                        () -> SecurityTexts.MESSAGES.text("error.field.password-repetitive", Passwords.MIN_DISTINCT_CHARACTERS))
                .throwIfInvalid();
        store.edit(engine -> {
            if (engine.lookupUser(login) == null) {
                throw new NotFoundException(SecurityTexts.MESSAGES.text("error.not-found.account", login));
            }
            engine.addUser(login, newPassword);
            return null;
        });
        announceChange(login);
    }

    private static Caller accountOf(BackingEngine engine, UserPrincipal user) {
        List<String> names = new ArrayList<>();
        engine.listRoles(user).stream().map(RolePrincipal::getName).forEach(names::add);
        for (GroupPrincipal group : engine.listGroups(user)) {
            engine.listRoles(group).stream().map(RolePrincipal::getName).forEach(names::add);
        }
        return Caller.fromRoleNames(user.getName(), names);
    }

    @Override
    public List<Account> list(Caller caller) {
        if (!(caller.isAdmin() || caller.has(Role.EVALUATOR))) {
            throw new AccessDeniedException("accounts", SecurityTexts.MESSAGES.text("error.denied.list-accounts"));
        }
        BackingEngine engine = store.engine();
        List<Account> accounts = new ArrayList<>();
        for (UserPrincipal user : engine.listUsers()) {
            Caller account = accountOf(engine, user);
            accounts.add(new Account(user.getName(), List.copyOf(account.roles()), account.partnerCode()));
        }
        accounts.sort(Comparator.comparing(Account::login));
        return accounts;
    }
}
