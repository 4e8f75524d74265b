package org.cybersudoe.toolbox.internal;

import java.util.EnumSet;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;

/** The people who call the services in the tests. */
public final class Callers {

    public static final Caller ADMIN = new Caller("alice", EnumSet.of(Role.ADMIN), Optional.of("cybermassif"));
    public static final Caller CYBERMASSIF_STAFF = new Caller("carla", EnumSet.of(Role.PARTNER_STAFF), Optional.of("cybermassif"));
    public static final Caller FIB_STAFF = new Caller("pablo", EnumSet.of(Role.PARTNER_STAFF), Optional.of("fib"));
    public static final Caller FIB_ADMIN = new Caller("pilar", EnumSet.of(Role.PARTNER_ADMIN), Optional.of("fib"));
    public static final Caller LEITAT_STAFF = new Caller("jordi", EnumSet.of(Role.PARTNER_STAFF), Optional.of("leitat"));
    public static final Caller EVALUATOR = new Caller("eva", EnumSet.of(Role.EVALUATOR), Optional.empty());
    public static final Caller COMPANY = new Caller("acme", EnumSet.of(Role.COMPANY), Optional.empty());

    private Callers() {
    }
}
