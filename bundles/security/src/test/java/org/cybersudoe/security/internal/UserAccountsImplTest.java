package org.cybersudoe.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts.Account;
import org.junit.Test;

public class UserAccountsImplTest {

    private final InMemoryBackingEngine engine = new InMemoryBackingEngine();
    private final UserAccountsImpl accounts = new UserAccountsImpl(new RealmUserStore() {
        @Override
        public org.apache.karaf.jaas.modules.BackingEngine engine() {
            return engine;
        }

        @Override
        public <T> T edit(java.util.function.Function<org.apache.karaf.jaas.modules.BackingEngine, T> change) {
            return change.apply(engine);
        }
    });

    @Test
    public void anAdminCreatesAPartnerUserWithRoleAndPartner() {
        String password = accounts.create(Caller.SYSTEM, "ana.fib", Role.PARTNER_STAFF, Optional.of("fib"));

        assertEquals(20, password.length());
        List<Account> listed = accounts.list(Caller.SYSTEM);
        assertEquals(List.of(new Account("ana.fib", List.of(Role.PARTNER_STAFF), Optional.of("fib"))), listed);
    }

    @Test
    public void aPartnerThatIsNoStructureOfTheNetworkIsRefusedAndNothingIsCreated() {
        accounts.partners = code -> code.equals("fib");
        ValidationException e = assertThrows(ValidationException.class,
                () -> accounts.create(Caller.SYSTEM, "ana.fibb", Role.PARTNER_STAFF, Optional.of("fibb")));
        assertEquals("partner", e.fieldErrors().get(0).field());
        assertEquals("aucune structure du réseau n’a le code fibb : voir network:structure-list",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(List.of(), accounts.list(Caller.SYSTEM));

        accounts.create(Caller.SYSTEM, "ana.fib", Role.PARTNER_STAFF, Optional.of("fib"));
        assertEquals(1, accounts.list(Caller.SYSTEM).size());
    }

    @Test
    public void twoAccountsGetDifferentPasswords() {
        assertNotEquals(accounts.create(Caller.SYSTEM, "a1", Role.EVALUATOR, Optional.empty()),
                accounts.create(Caller.SYSTEM, "a2", Role.EVALUATOR, Optional.empty()));
    }

    @Test
    public void aPartnerAdminCreatesStaffOfItsOwnPartnerOnly() {
        Caller fibAdmin = Caller.fromRoleNames("boss", List.of("partner-admin", "partner.fib"));
        accounts.create(fibAdmin, "new.staff", Role.PARTNER_STAFF, Optional.of("fib"));
        try {
            accounts.create(fibAdmin, "other.staff", Role.PARTNER_STAFF, Optional.of("leitat"));
            fail("a partner admin created staff for another partner");
        } catch (AccessDeniedException expected) {
            assertEquals(403, expected.status());
            assertEquals("Only the lead partner's administrators create this account; "
                    + "a partner's admin creates staff accounts of its own partner.", expected.getMessage());
            assertEquals("Seuls les administrateurs du partenaire chef de file peuvent créer ce compte ; l’administrateur "
                    + "d’un partenaire crée les comptes du personnel de son propre partenaire.", expected.detail(Language.FR));
        }
        try {
            accounts.create(fibAdmin, "new.admin", Role.ADMIN, Optional.empty());
            fail("a partner admin created a lead-partner admin");
        } catch (AccessDeniedException expected) {
            assertEquals(1, engine.passwords.size());
        }
    }

    @Test
    public void refusalsAndUnknownAccountsReadInTheCallersLanguage() {
        Caller staff = Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib"));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> accounts.list(staff));
        assertEquals("Only administrators and evaluators list accounts.", denied.getMessage());
        assertEquals("Solo los administradores y los evaluadores pueden consultar la lista de cuentas.", denied.detail(Language.ES));

        NotFoundException missing = assertThrows(NotFoundException.class, () -> accounts.resetPassword(Caller.SYSTEM, "nobody"));
        assertEquals("No account 'nobody'.", missing.getMessage());
        assertEquals("Não existe nenhuma conta «nobody».", missing.detail(Language.PT));
    }

    @Test
    public void badInputNamesEachFieldAndCreatesNothing() {
        try {
            accounts.create(Caller.SYSTEM, "Bad Login!", Role.PARTNER_STAFF, Optional.empty());
            fail("accepted a bad login and a partner role without partner");
        } catch (ValidationException e) {
            assertEquals(List.of("login", "partner"), e.fieldErrors().stream().map(f -> f.field()).toList());
            assertEquals(0, engine.passwords.size());
        }
    }

    @Test
    public void badInputSaysWhyInTheCallersLanguage() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> accounts.create(Caller.SYSTEM, "Bad Login!", Role.PARTNER_STAFF, Optional.empty()));
        assertEquals("The request is not valid: login: must be 2 to 40 lower-case letters, digits, '.', '_' or '-', "
                + "starting with a letter; partner: is required for role partner-staff", e.getMessage());
        assertEquals("doit compter de 2 à 40 lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals("es obligatorio para el rol partner-staff", e.fieldErrors().get(1).text().resolve(Language.ES).orElseThrow());

        ValidationException weak = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib")), "ana"));
        assertEquals(List.of("needs at least 12 characters", "must not contain the login", "needs at least 6 different characters"),
                weak.fieldErrors().stream().map(f -> f.detail()).toList());
        assertEquals(List.of("deve ter pelo menos 12 caracteres", "não deve conter o nome de utilizador",
                "deve ter pelo menos 6 caracteres diferentes"),
                weak.fieldErrors().stream().map(f -> f.text().resolve(Language.PT).orElseThrow()).toList());
    }

    @Test
    public void aLongPasswordOfFewCharactersIsRefused() {
        Caller ana = Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib"));
        for (String repetitive : List.of("aaaaaaaaaaaa", "121212121212", "abcdeabcdeabcde")) {
            ValidationException e = assertThrows(repetitive, ValidationException.class, () -> accounts.changeOwnPassword(ana, repetitive));
            assertEquals(repetitive, List.of("too-repetitive"), e.fieldErrors().stream().map(f -> f.code()).toList());
            assertEquals("doit compter au moins 6 caractères différents", e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        }
    }

    @Test
    public void aTakenLoginIsRefused() {
        accounts.create(Caller.SYSTEM, "dup", Role.EVALUATOR, Optional.empty());
        try {
            accounts.create(Caller.SYSTEM, "dup", Role.EVALUATOR, Optional.empty());
            fail("created the same login twice");
        } catch (ValidationException e) {
            assertEquals("login", e.fieldErrors().get(0).field());
        }
    }
}
