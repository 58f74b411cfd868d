-- Time-series facts that health scores are computed from: job runs (one row per run, reports
-- merged), usage events and quality results. Each row's key makes re-applying a batch a no-op.
CREATE TABLE runs (
  run_id     TEXT PRIMARY KEY,
  job        TEXT NOT NULL,
  state      TEXT NOT NULL,
  started_at INTEGER,
  ended_at   INTEGER,
  value      TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX runs_by_job ON runs (job, started_at);

CREATE TABLE usage_events (
  id             TEXT PRIMARY KEY,
  time           INTEGER NOT NULL,
  dataset        TEXT NOT NULL,
  principal      TEXT NOT NULL,
  principal_kind TEXT NOT NULL,
  query          TEXT,
  source         TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX usage_by_dataset ON usage_events (dataset, time);

CREATE TABLE quality_results (
  id       TEXT PRIMARY KEY,
  dataset  TEXT NOT NULL,
  check_id TEXT NOT NULL,
  time     INTEGER NOT NULL,
  passed   INTEGER NOT NULL,
  value    TEXT NOT NULL,
  source   TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX quality_by_dataset ON quality_results (dataset, time);
