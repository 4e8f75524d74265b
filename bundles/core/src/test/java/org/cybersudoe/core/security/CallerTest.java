package org.cybersudoe.core.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

public class CallerTest {

    private final Caller fibStaff = Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib", "ssh"));
    private final Caller evaluator = Caller.fromRoleNames("eva", List.of("evaluator"));
    private final Caller admin = Caller.fromRoleNames("root", List.of("admin", "manager"));

    @Test
    public void realmRolesMapToPlatformRolesAndPartner() {
        assertEquals(Set.of(Role.PARTNER_STAFF), fibStaff.roles());
        assertEquals(Optional.of("fib"), fibStaff.partnerCode());
        assertEquals(Set.of(Role.ADMIN), admin.roles());
    }

    @Test
    public void partnerStaffChangeOnlyTheirOwnPartnersRecords() {
        assertTrue(fibStaff.canChangePartnerRecords("fib"));
        assertFalse(fibStaff.canChangePartnerRecords("leitat"));
        try {
            fibStaff.requireChange("leitat");
            fail("staff of fib changed leitat's record");
        } catch (AccessDeniedException expected) {
            assertEquals(403, expected.status());
            assertEquals("User 'ana' may not change records of partner 'leitat'.", expected.getMessage());
            assertEquals("L’utilisateur « ana » ne peut pas modifier les enregistrements du partenaire « leitat ».",
                    expected.detail(Language.FR));
            assertEquals("O utilizador «ana» não pode alterar registos do parceiro «leitat».", expected.detail(Language.PT));
        }
    }

    @Test
    public void everyRefusalOfTheCoreIsWordedInEachLanguage() {
        for (Runnable refused : List.<Runnable>of(() -> fibStaff.requireAdmin(),
                () -> Caller.fromRoleNames("c", List.of("company")).requireNetworkRead())) {
            try {
                refused.run();
                fail("not refused");
            } catch (AccessDeniedException expected) {
                Set<String> texts = new java.util.HashSet<>();
                for (Language language : Language.values()) {
                    texts.add(expected.detail(language));
                }
                assertEquals("one text per language: " + texts, Language.values().length, texts.size());
                assertFalse(expected.getMessage(), expected.getMessage().startsWith("denied."));
            }
        }
    }

    @Test
    public void evaluatorsReadEverythingAndChangeNothing() {
        assertTrue(evaluator.canReadNetwork());
        assertFalse(evaluator.canChangePartnerRecords("fib"));
    }

    @Test
    public void adminsChangeAnyPartnersRecords() {
        assertTrue(admin.canChangePartnerRecords("fib"));
        assertTrue(admin.canChangePartnerRecords("leitat"));
    }

    @Test
    public void aPartnerRoleWithoutPartnerChangesNothing() {
        Caller orphan = Caller.fromRoleNames("x", List.of("partner-admin"));
        assertFalse(orphan.canChangePartnerRecords("fib"));
        assertFalse(orphan.canChangePartnerRecords(null));
    }

    @Test
    public void companiesDoNotReadNetworkData() {
        Caller company = Caller.fromRoleNames("acme", List.of("company"));
        assertFalse(company.canReadNetwork());
    }
}
