-- NUTS codes change between editions (Auvergne was FR72 in NUTS 2006/2010 and is FRK1 since
-- NUTS 2016), so a structure's regions say which edition they follow. Rows written at V1 used
-- the programme's edition, 2006.
ALTER TABLE net_structure ADD COLUMN nuts_edition VARCHAR(8) DEFAULT '2006' NOT NULL;
