-- A campaign's recipients are listed in the ledger a chunk of contacts at a time, each chunk in
-- its own transaction, while the first messages already go out. A row here says how far the
-- listing of a running campaign has gone (the last contact id covered); it is removed with the
-- last chunk. After a crash the listing goes on from there.
CREATE TABLE out_campaign_listing (
    campaign_id BIGINT NOT NULL PRIMARY KEY,
    listed_through BIGINT NOT NULL,
    CONSTRAINT out_campaign_listing_campaign_fk FOREIGN KEY (campaign_id) REFERENCES out_campaign (id)
);
