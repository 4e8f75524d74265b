-- A relay training can be corrected (PUT, with the version read) like every other record:
-- it gets the version column the other tables have. Rows recorded before start at 1.
ALTER TABLE tbx_relay_training ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
