package org.cybersudoe.engagement.internal.mail;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.EntityManager;

import org.cybersudoe.engagement.internal.jpa.OutboxEntity;

/**
 * Mail owed to registrants is written in the transaction that makes it owed, so that it is sent
 * if and only if that transaction commits, and a crash before sending loses nothing.
 */
public final class Outbox {

    private Outbox() {
    }

    public static void owe(EntityManager em, MailKind kind, long registrationId) {
        OutboxEntity o = new OutboxEntity();
        o.kind = kind.name();
        o.registrationId = registrationId;
        o.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        o.nextAttemptAt = o.createdAt;
        o.attempts = 0;
        em.persist(o);
    }
}
