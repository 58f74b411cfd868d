-- The fingerprint of each source as of its last fully successful crawl: a crawl that finds the
-- same fingerprint knows the source is unchanged without reading it.
CREATE TABLE source_state (
  source      TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  run_id      INTEGER NOT NULL,
  at          INTEGER NOT NULL
) WITHOUT ROWID;
