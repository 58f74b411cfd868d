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
