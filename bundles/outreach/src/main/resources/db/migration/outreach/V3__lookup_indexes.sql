-- Imports look companies up by national id alone (the country is checked afterwards) and by
-- partner and folded name: without these, each batch of an import scanned the whole table.
CREATE INDEX out_company_national_id_ix ON out_company (national_id);
CREATE INDEX out_company_partner_name_ix ON out_company (partner_code, name_key);
