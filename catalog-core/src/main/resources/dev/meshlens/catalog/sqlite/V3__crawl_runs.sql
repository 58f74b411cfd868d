-- The history of crawl runs per source (when, why, how it ended, what it did, what went wrong),
-- and the index a crawl needs to know what a source stated before it.
CREATE TABLE crawl_runs (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  trigger       TEXT NOT NULL,
  started_at    INTEGER NOT NULL,
  ended_at      INTEGER,
  status        TEXT NOT NULL,
  added         INTEGER NOT NULL DEFAULT 0,
  changed       INTEGER NOT NULL DEFAULT 0,
  unchanged     INTEGER NOT NULL DEFAULT 0,
  removed       INTEGER NOT NULL DEFAULT 0,
  warning_count INTEGER NOT NULL DEFAULT 0,
  warnings      TEXT,
  error         TEXT,
  attempts      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX crawl_runs_by_source ON crawl_runs (source, id);

CREATE INDEX crawl_runs_by_status ON crawl_runs (status);

-- What each source currently states, for the deletion of what vanished from a source
CREATE INDEX aspects_live_by_source ON aspects (source, asset) WHERE live = 1;
