package org.cybersudoe.core.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cybersudoe.core.error.AccessDeniedException;
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
            assertTrue(expected.getMessage().contains("leitat"));
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
