-- Imports look companies up by folded name with an IN list, which Derby answers by probing an
-- index only when the list is on the index's first column: with (partner_code, name_key) it
-- scanned the table at every batch. The folded name alone serves that look-up; the partner is
-- checked on the rows found. One index fewer to maintain per inserted company: the listing
-- sorted by name reads the partner's companies through out_company_partner_ix and sorts them.
DROP INDEX out_company_name_ix;
DROP INDEX out_company_partner_name_ix;
CREATE INDEX out_company_name_key_ix ON out_company (name_key);
