-- An import's row errors are read later, by partner staff and integrators in their own language:
-- each reason is kept in the four languages. Rows stored before this migration keep their
-- English detail only, which readers fall back to.
ALTER TABLE out_import_error ADD COLUMN detail_fr VARCHAR(500);
ALTER TABLE out_import_error ADD COLUMN detail_es VARCHAR(500);
ALTER TABLE out_import_error ADD COLUMN detail_pt VARCHAR(500);
