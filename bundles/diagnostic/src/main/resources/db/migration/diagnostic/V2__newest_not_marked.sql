-- A company's newest submitted assessment is no longer marked in its row: marking it meant that
-- each submission updated the company's previous row, and concurrent submissions of different
-- companies waited on each other's new rows. Peers now read every submitted assessment of a
-- company and keep the newest (submitted_at, then id), which dia_assessment_company_ix serves.
-- The column stays, always FALSE: dropping it makes Derby rebuild the table, which stalled the
-- other areas' migrations running beside it at first start for 20 s.
DROP INDEX dia_assessment_latest_ix;
