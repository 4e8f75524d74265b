-- The partners whose demo activity the generator has written: one row per partner, inserted in
-- the same transaction as that partner's events, registrations and missions, so that a
-- generation stopped half-way (the server stopped during it) is completed by the next start
-- without writing any partner twice.
CREATE TABLE eng_demo_partner (
    partner_code VARCHAR(40) NOT NULL,
    generated_at TIMESTAMP NOT NULL,
    CONSTRAINT eng_demo_partner_pk PRIMARY KEY (partner_code)
);
