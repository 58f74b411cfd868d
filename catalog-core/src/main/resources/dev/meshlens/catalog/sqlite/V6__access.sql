-- API tokens and the audit log (issue 6: access). A token is stored as the SHA-256 of its secret,
-- never the secret; domains holds an owner's domain URNs, one per line.
CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL,
  domains     TEXT NOT NULL DEFAULT '',
  secret_hash TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER,
  revoked_at  INTEGER
);

-- Every write and admin action that reached the API, denied ones too.
CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  actor   TEXT NOT NULL,
  method  TEXT NOT NULL,
  route   TEXT NOT NULL,
  target  TEXT,
  status  INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  summary TEXT
);

CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
