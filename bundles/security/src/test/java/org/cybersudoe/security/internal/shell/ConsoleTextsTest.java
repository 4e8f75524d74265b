package org.cybersudoe.security.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.shell.ConsoleSessions;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;
import org.junit.Test;

/** The security commands print their texts in the console's language, and in English exactly as before. */
public class ConsoleTextsTest {

    private static final Caller ADMIN = Caller.fromRoleNames("admin", List.of("admin"));

    @Test
    public void anAddedAccountReadsAsBeforeInEnglish() {
        UserAddCommand command = adding(null, "fib");
        assertEquals("Created user 'ana.garcia' (partner-staff, partner fib).\nPassword (shown once): s3cret-s3cret\n", printed(command));
    }

    @Test
    public void anAddedAccountReadsInFrench() {
        UserAddCommand command = adding("fr_FR.UTF-8", null);
        assertEquals("Utilisateur « ana.garcia » créé (partner-staff).\nMot de passe (affiché une seule fois) : s3cret-s3cret\n",
                printed(command));
    }

    @Test
    public void anUnknownRoleIsBadInputSaidInEachLanguage() {
        UserAddCommand command = adding("pt_PT.UTF-8", null);
        command.role = "boss";
        ValidationException e = assertThrows(ValidationException.class, () -> printed(command));
        assertEquals("unknown role 'boss': use admin, partner-admin, partner-staff, evaluator or company", e.fieldErrors().get(0).detail());
        assertEquals("papel «boss» desconhecido: use admin, partner-admin, partner-staff, evaluator ou company",
                e.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
    }

    @Test
    public void aResetPasswordReadsAsBeforeInEnglish() {
        UserPasswordCommand command = in(new UserPasswordCommand(), null);
        command.accounts = accounts();
        command.login = "ana.garcia";
        assertEquals("New password of 'ana.garcia' (shown once): s3cret-s3cret\n", printed(command));
    }

    @Test
    public void theListHeadersReadInSpanish() {
        UserListCommand command = in(new UserListCommand(), "es_ES.UTF-8");
        command.accounts = accounts();
        String header = printed(command).lines().findFirst().orElseThrow();
        assertEquals(List.of("Usuario", "Roles", "Socio"), List.of(header.strip().split("\\s*\\|\\s*")));
    }

    private static UserAddCommand adding(String lang, String partner) {
        UserAddCommand command = in(new UserAddCommand(), lang);
        command.accounts = accounts();
        command.login = "ana.garcia";
        command.role = "partner-staff";
        command.partner = partner;
        return command;
    }

    private static UserAccounts accounts() {
        return (UserAccounts) Proxy.newProxyInstance(UserAccounts.class.getClassLoader(), new Class<?>[] {UserAccounts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "create", "resetPassword" -> "s3cret-s3cret";
                    case "list" -> List.of(new UserAccounts.Account("ana.garcia", List.of(Role.PARTNER_STAFF), Optional.of("fib")));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The command in a console session whose LANG is {@code lang}; no session when null. */
    private static <C extends SecurityCommand> C in(C command, String lang) {
        return ConsoleSessions.speaking(command, lang);
    }

    private static String printed(SecurityCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            command.run(ADMIN, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
