package org.cybersudoe.engagement.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "eng_outbox")
public class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kind", nullable = false) public String kind;
    @Column(name = "registration_id", nullable = false) public long registrationId;
    @Column(name = "created_at", nullable = false) public LocalDateTime createdAt;
    @Column(name = "attempts", nullable = false) public int attempts;
    @Column(name = "next_attempt_at", nullable = false) public LocalDateTime nextAttemptAt;
    @Column(name = "sent_at") public LocalDateTime sentAt;
    @Column(name = "last_error") public String lastError;
}
