package org.cybersudoe.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.security.Caller;
import org.junit.Test;

public class RestCallersTest {

    @Test
    public void aResourceCalledWithTheContextOfACallerSeesThatCallerAndItsRoles() {
        Caller ana = Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib"));
        SecurityContext context = RestCallers.securityContextOf(ana);
        assertEquals(ana, RestCallers.caller(context));
        assertEquals("ana", context.getUserPrincipal().getName());
        assertTrue(context.isUserInRole("partner-staff"));
        assertFalse(context.isUserInRole("admin"));
        assertEquals(SecurityContext.BASIC_AUTH, context.getAuthenticationScheme());
    }
}
