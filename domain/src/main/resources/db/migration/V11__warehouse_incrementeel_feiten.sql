-- Warehouse (issue 7), second step: toezicht findings and quality scores on the provider view, and
-- the current gemeente (end of the merger chain, as wh_dim_gemeente.huidige_gemeente_id) on the
-- results the screens regroup, so a merged gemeente's history can be shown under its successor.
-- New columns come last (readers name their columns). Rows of runs loaded before this migration get
-- the value from the run's own gemeente dimension.

ALTER TABLE wh_indicator
  ADD COLUMN huidige_gemeente_id BIGINT NULL COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';
UPDATE wh_indicator i LEFT JOIN wh_dim_gemeente g ON g.run_id = i.run_id AND g.gemeente_id = i.gemeente_id
  SET i.huidige_gemeente_id = COALESCE(g.huidige_gemeente_id, i.gemeente_id);
ALTER TABLE wh_indicator MODIFY COLUMN huidige_gemeente_id BIGINT NOT NULL
  COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';

ALTER TABLE wh_maand
  ADD COLUMN huidige_gemeente_id BIGINT NULL COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';
UPDATE wh_maand m LEFT JOIN wh_dim_gemeente g ON g.run_id = m.run_id AND g.gemeente_id = m.gemeente_id
  SET m.huidige_gemeente_id = COALESCE(g.huidige_gemeente_id, m.gemeente_id);
ALTER TABLE wh_maand MODIFY COLUMN huidige_gemeente_id BIGINT NOT NULL
  COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';

ALTER TABLE wh_aanbieder
  ADD COLUMN bevindingen BIGINT NOT NULL DEFAULT 0
    COMMENT 'toezicht bevindingen VOLDOET_DEELS or VOLDOET_NIET (onderzoek planned in the year; region-wide onderzoek: every gemeente with clients of the provider)',
  ADD COLUMN bevindingen_per_100 DECIMAL(10,2) NULL COMMENT 'bevindingen per 100 clients; NULL without clients',
  ADD COLUMN kwaliteit_score DECIMAL(5,1) NULL
    COMMENT '0-100: mean score of the provider''s last recorded beoordeling of the year, each score scaled on its indicator''s scale',
  ADD COLUMN huidige_gemeente_id BIGINT NULL COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';
UPDATE wh_aanbieder a LEFT JOIN wh_dim_gemeente g ON g.run_id = a.run_id AND g.gemeente_id = a.gemeente_id
  SET a.huidige_gemeente_id = COALESCE(g.huidige_gemeente_id, a.gemeente_id);
ALTER TABLE wh_aanbieder MODIFY COLUMN huidige_gemeente_id BIGINT NOT NULL
  COMMENT 'end of the merger chain of gemeente_id (itself when not merged)';
