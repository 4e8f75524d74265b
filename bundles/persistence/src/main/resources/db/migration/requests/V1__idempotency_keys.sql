-- Requests sent with an Idempotency-Key, and the answer each was given, so that a retry is
-- answered again instead of running twice. Runs on Derby and PostgreSQL; ${binary} is filled in
-- by the core SchemaMigrator. Rows live for a day (the REST edge's setting) and are then purged.
CREATE TABLE req_idempotency_key (
    -- SHA-256 of the caller's name and the key: fixed width whatever the key's length
    key_hash CHAR(64) NOT NULL PRIMARY KEY,
    -- SHA-256 of the request's method, path, query, content type and body
    fingerprint CHAR(64) NOT NULL,
    claimed_at TIMESTAMP NOT NULL,
    -- null while the request runs
    status INTEGER,
    headers VARCHAR(4000),
    body ${binary}
);

CREATE INDEX req_idempotency_claimed_ix ON req_idempotency_key (claimed_at);
