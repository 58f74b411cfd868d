-- Read models of asset profiles (issue 6: profiles).
-- Usage per dataset, UTC day (epoch milliseconds / 86400000) and principal, kept by FactWriter as
-- usage events arrive: a profile counts 30- and 90-day usage, distinct users and jobs, the daily
-- series and the top consumers from at most one row per principal and day, however many events.
CREATE TABLE usage_daily (
  dataset        TEXT NOT NULL,
  day            INTEGER NOT NULL,
  principal_kind TEXT NOT NULL,
  principal      TEXT NOT NULL,
  events         INTEGER NOT NULL,
  PRIMARY KEY (dataset, day, principal_kind, principal)
) WITHOUT ROWID;

-- What else a principal used recently: the "often used together" of related assets
CREATE INDEX usage_daily_by_principal ON usage_daily (principal, day);

-- The usage recorded before this version
INSERT INTO usage_daily (dataset, day, principal_kind, principal, events)
  SELECT dataset, time / 86400000, principal_kind, principal, count(*)
  FROM usage_events GROUP BY dataset, time / 86400000, principal_kind, principal;

-- The members of a product, and a domain's counts per asset type
CREATE INDEX assets_by_product ON assets (product, type);

CREATE INDEX assets_by_domain_type ON assets (domain, type, deleted);

-- The latest usage event, the catalog's "now" for usage windows (profiles, ranking, health): an
-- index lookup instead of a scan of every event
CREATE INDEX usage_by_time ON usage_events (time);
