-- Warehouse (issues 13 and 20): distinct clients at every roll-up level, and the waiting time
-- from indicatie to start of care. Both written by the Spark job with its run_id like the V10 tables
-- (appended, then switched with wh_actief in one transaction).

-- Distinct clients and costs at every roll-up level, so a screen never adds up the distinct counts
-- of a finer grain (a client with two providers would count twice). NULL in gemeente_id,
-- productgroep_code or aanbieder_id = all of them (gemeente_id NULL = the whole region); maand NULL =
-- the whole year. Year rows: clients with an indicatie running in the year; month rows (aanbieder_id
-- always NULL): clients with a declaration in the month. indeling HUIDIG: merged gemeenten counted
-- under their successor (gemeente_id = the end of the merger chain), each client once.
CREATE TABLE wh_clienten (
  run_id                 BIGINT      NOT NULL,
  indeling               VARCHAR(10) NOT NULL COMMENT 'HISTORISCH (as recorded) or HUIDIG (today''s gemeenten)',
  jaar                   INT         NOT NULL,
  maand                  INT         NULL COMMENT 'NULL: the whole year',
  gemeente_id            BIGINT      NULL COMMENT 'NULL: the whole region',
  productgroep_code      VARCHAR(4)  NULL COMMENT 'NULL: all product groups',
  aanbieder_id           BIGINT      NULL COMMENT 'NULL: all providers',
  clienten               BIGINT      NOT NULL COMMENT 'distinct clients at this level',
  kosten_cent            BIGINT      NOT NULL,
  kosten_per_client_cent BIGINT      NULL COMMENT 'kosten_cent / clienten (the distinct count)',
  INDEX ix_wh_clienten (run_id, indeling, jaar, gemeente_id, productgroep_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Waiting time: start of care (WMO305, indicatie.start_zorg) minus the start of the indicatie, per
-- year of the indicatie's start x gemeente x provider x product. A renewal at the same provider for
-- the same product is left out (care that goes on). wachtend: no start of care yet, still running at
-- the peildatum.
CREATE TABLE wh_wachttijd (
  run_id                  BIGINT       NOT NULL,
  jaar                    INT          NOT NULL,
  gemeente_id             BIGINT       NOT NULL,
  aanbieder_id            BIGINT       NOT NULL,
  product_code            VARCHAR(5)   NOT NULL,
  gestart                 BIGINT       NOT NULL COMMENT 'indicaties with a start of care',
  gem_wachttijd_dagen     DECIMAL(10,1) NULL,
  mediaan_wachttijd_dagen DECIMAL(10,1) NULL,
  max_wachttijd_dagen     INT          NULL,
  wachtend                BIGINT       NOT NULL COMMENT 'running at the peildatum without a start of care',
  gem_wachtend_dagen      DECIMAL(10,1) NULL COMMENT 'days waited so far (peildatum - van) of those',
  huidige_gemeente_id     BIGINT       NOT NULL COMMENT 'end of the merger chain of gemeente_id (itself when not merged)',
  INDEX ix_wh_wachttijd (run_id, aanbieder_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
