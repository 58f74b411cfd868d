-- Health score snapshots: one row per scored asset (dataset, product, domain) per day; a
-- recompute the same day replaces the day's row. Dataset rows are compact (the five signal values
-- as text, no facts); product and domain rows carry their detail (components with facts, drivers,
-- parts) as JSON. health_days records each day's recompute and the weights it used.
CREATE TABLE health_snapshots (
  asset   INTEGER NOT NULL,
  day     INTEGER NOT NULL,
  score   REAL,
  grade   TEXT,
  cap     TEXT,
  signals TEXT NOT NULL,
  detail  TEXT,
  PRIMARY KEY (asset, day)
) WITHOUT ROWID;

CREATE TABLE health_days (
  day     INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  weights TEXT NOT NULL
);

-- Covering indexes for the recompute's aggregations, so they scan small indexes instead of the
-- tables (runs and quality results carry their full JSON; usage events are keyed by id): runs per
-- job by state and time, the latest result of each check of each dataset without a sort, and the
-- distinct principals of each dataset's usage in a window.
CREATE INDEX runs_health ON runs (job, state, ended_at, started_at);

CREATE INDEX quality_latest ON quality_results (dataset, check_id, time, passed);

CREATE INDEX usage_health ON usage_events (dataset, time, principal);
