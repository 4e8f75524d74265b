-- The country of the registrant's company (ISO 3166 alpha-2), copied at registration as its name is, so that the book of
-- registrations shows and sorts by it without asking the directory for each company. Null for registrations made before.
ALTER TABLE eng_registration ADD COLUMN country CHAR(2);
