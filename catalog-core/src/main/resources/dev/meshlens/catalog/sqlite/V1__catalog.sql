-- Assets, each source's current version of each aspect, and the change log that keeps every
-- version ever written (the aspect history) in one ordered sequence that projections follow.
-- URNs and source names are stored once and referred to by integer ids.
CREATE TABLE assets (
  id         INTEGER PRIMARY KEY,
  urn        TEXT NOT NULL UNIQUE,
  type       TEXT NOT NULL,
  name       TEXT NOT NULL,
  domain     TEXT,
  product    TEXT,
  deleted    INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE INDEX assets_by_type ON assets (type);

CREATE INDEX assets_by_domain ON assets (domain);

CREATE TABLE sources (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE change_log (
  seq     INTEGER PRIMARY KEY,
  asset   INTEGER NOT NULL,
  aspect  TEXT,
  source  INTEGER NOT NULL,
  version INTEGER NOT NULL,
  op      TEXT NOT NULL,
  value   TEXT,
  at      INTEGER NOT NULL,
  actor   TEXT
);

CREATE INDEX change_log_by_asset ON change_log (asset, seq);

CREATE TABLE aspects (
  asset   INTEGER NOT NULL,
  aspect  TEXT NOT NULL,
  source  INTEGER NOT NULL,
  version INTEGER NOT NULL,
  live    INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  PRIMARY KEY (asset, source, aspect)
) WITHOUT ROWID;
