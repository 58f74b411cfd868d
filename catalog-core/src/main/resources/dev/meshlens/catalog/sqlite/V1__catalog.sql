-- Assets, each source's current version of each aspect, and the change log that keeps every
-- version ever written (the aspect history) in one ordered sequence that projections follow.
CREATE TABLE assets (
  urn        TEXT PRIMARY KEY,
  type       TEXT NOT NULL,
  name       TEXT NOT NULL,
  domain     TEXT,
  product    TEXT,
  deleted    INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX assets_by_type ON assets (type, urn);

CREATE INDEX assets_by_domain ON assets (domain, urn);

CREATE TABLE change_log (
  seq     INTEGER PRIMARY KEY,
  urn     TEXT NOT NULL,
  aspect  TEXT,
  source  TEXT NOT NULL,
  version INTEGER NOT NULL,
  op      TEXT NOT NULL,
  value   TEXT,
  at      INTEGER NOT NULL,
  actor   TEXT
);

CREATE INDEX change_log_by_urn ON change_log (urn, seq);

CREATE TABLE aspects (
  urn     TEXT NOT NULL,
  aspect  TEXT NOT NULL,
  source  TEXT NOT NULL,
  version INTEGER NOT NULL,
  live    INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  PRIMARY KEY (urn, aspect, source)
) WITHOUT ROWID;
