-- A company's newest submitted assessment is no longer marked in its row: marking it meant that
-- each submission updated the company's previous row, and concurrent submissions of different
-- companies waited on each other's new rows. Peers now read every submitted assessment of a
-- company and keep the newest (submitted_at, then id), which dia_assessment_company_ix serves.
DROP INDEX dia_assessment_latest_ix;
ALTER TABLE dia_assessment DROP COLUMN latest;
