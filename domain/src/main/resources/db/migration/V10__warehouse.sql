-- Warehouse (issue 7): run history, risk scenarios, budgets and the result tables the Spark job
-- (module `warehouse`) writes into and the screens read. The job never creates tables itself
-- (Spark would make LONGTEXT/BIT columns): it appends rows tagged with its run_id ("staging"),
-- then flips wh_actief.run_id in one transaction. Readers always join on the active run, so a
-- failed or running run never shows; older runs' rows are deleted after the switch.
-- Keys (gemeente_id, aanbieder_id, product codes) are plain values, not foreign keys: the results
-- are a snapshot and must survive changes to the operational data. No BSN, no names of clients.

CREATE TABLE wh_run (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status            VARCHAR(12)  NOT NULL COMMENT 'AANGEVRAAGD, BEZIG, KLAAR, MISLUKT',
  fase              VARCHAR(12)  NULL COMMENT 'EXTRACT, TRANSFORM, LOAD, SCENARIO while BEZIG',
  aangevraagd_door  VARCHAR(100) NOT NULL,
  aangevraagd_op    DATETIME(3)  NOT NULL,
  gestart_op        DATETIME(3)  NULL,
  klaar_op          DATETIME(3)  NULL,
  scenario_ids      VARCHAR(500) NULL COMMENT 'comma separated; NULL = all active scenarios',
  parameters        VARCHAR(2000) NULL COMMENT 'the job configuration as JSON (no password)',
  invoer_rijen      VARCHAR(2000) NULL COMMENT 'rows read per source table as JSON',
  duur_extract_ms   BIGINT       NULL,
  duur_transform_ms BIGINT       NULL,
  duur_load_ms      BIGINT       NULL,
  log               MEDIUMTEXT   NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  INDEX ix_wh_run_status (status, aangevraagd_op)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The run whose results the screens show. Exactly one row.
CREATE TABLE wh_actief (
  id     TINYINT NOT NULL PRIMARY KEY,
  run_id BIGINT  NULL,
  CONSTRAINT ck_wh_actief_een CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO wh_actief (id, run_id) VALUES (1, NULL);

-- A named set of risk parameters. Percentages are per year unless stated otherwise.
CREATE TABLE wh_scenario (
  id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  naam                       VARCHAR(100)  NOT NULL,
  omschrijving               VARCHAR(1000) NULL,
  actief                     BOOLEAN       NOT NULL DEFAULT TRUE,
  horizon_jaren              INT           NOT NULL DEFAULT 5 COMMENT '3 to 5',
  groei_18_64_pct            DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'demography: client growth per year, age band 18-64',
  groei_65_74_pct            DECIMAL(6,2)  NOT NULL DEFAULT 0,
  groei_75_84_pct            DECIMAL(6,2)  NOT NULL DEFAULT 0,
  groei_85_plus_pct          DECIMAL(6,2)  NOT NULL DEFAULT 0,
  abonnement_hv_pct          DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'abonnementstarief: one-off demand uplift HV',
  reele_kostprijs_hv_pct     DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'reele kostprijs: one-off HV tariff uplift, 0 to 40',
  cao_indexatie_pct          DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'tariff indexation per year, all products',
  doordecentralisatie_bw_pct DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'BW budget shift by the distribution key (+/-)',
  extramuralisering_pct      DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'longer durations: volume uplift per year BI/BG',
  jongeren_dagbesteding_pct  DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'extra inflow of young people (<27) into BG per year',
  version                    BIGINT        NOT NULL DEFAULT 0,
  gewijzigd_op               DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  gewijzigd_door             VARCHAR(100)  NULL,
  CONSTRAINT uk_wh_scenario_naam UNIQUE (naam)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Wmo budget per gemeente per year (the scenario projections are compared with it).
CREATE TABLE wh_budget (
  gemeente_id BIGINT NOT NULL,
  jaar        INT    NOT NULL,
  budget_cent BIGINT NOT NULL,
  version     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (gemeente_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dimensions of the run (names as they were at the run).
CREATE TABLE wh_dim_gemeente (
  run_id              BIGINT       NOT NULL,
  gemeente_id         BIGINT       NOT NULL,
  cbs_code            CHAR(6)      NOT NULL,
  naam                VARCHAR(100) NOT NULL,
  geldig_van          DATE         NULL,
  geldig_tot          DATE         NULL,
  huidige_gemeente_id BIGINT       NOT NULL COMMENT 'end of the merger chain (itself when not merged)',
  PRIMARY KEY (run_id, gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wh_dim_aanbieder (
  run_id       BIGINT       NOT NULL,
  aanbieder_id BIGINT       NOT NULL,
  naam         VARCHAR(200) NOT NULL,
  status       VARCHAR(20)  NULL,
  PRIMARY KEY (run_id, aanbieder_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wh_dim_product (
  run_id            BIGINT       NOT NULL,
  product_code      VARCHAR(5)   NOT NULL,
  naam              VARCHAR(200) NOT NULL,
  productgroep_code VARCHAR(4)   NOT NULL,
  productgroep_naam VARCHAR(100) NOT NULL,
  categorie         CHAR(2)      NULL,
  bekostiging       VARCHAR(20)  NULL,
  PRIMARY KEY (run_id, product_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wh_dim_periode (
  run_id   BIGINT NOT NULL,
  periode  INT    NOT NULL COMMENT 'yyyymm',
  jaar     INT    NOT NULL,
  kwartaal INT    NOT NULL,
  maand    INT    NOT NULL,
  PRIMARY KEY (run_id, periode)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Steering figures per year x gemeente x aanbieder x productgroep x segment.
CREATE TABLE wh_indicator (
  run_id                 BIGINT       NOT NULL,
  jaar                   INT          NOT NULL,
  gemeente_id            BIGINT       NOT NULL,
  aanbieder_id           BIGINT       NOT NULL,
  productgroep_code      VARCHAR(4)   NOT NULL,
  segment                VARCHAR(2)   NOT NULL,
  clienten               BIGINT       NOT NULL COMMENT 'unique clients with an indicatie in the year',
  indicaties             BIGINT       NOT NULL,
  instroom               BIGINT       NOT NULL COMMENT 'indicaties starting in the year that renew nothing',
  uitstroom              BIGINT       NOT NULL COMMENT 'indicaties ending in the year not renewed',
  gem_duur_dagen         DECIMAL(10,1) NULL COMMENT 'average duration of the uitstroom indicaties (chain start to end)',
  kosten_cent            BIGINT       NOT NULL,
  kosten_per_client_cent BIGINT       NULL,
  doelen_geevalueerd     BIGINT       NOT NULL,
  doelen_behaald         BIGINT       NOT NULL,
  aandeel_doelen_behaald DECIMAL(6,4) NULL,
  INDEX ix_wh_indicator (run_id, jaar, gemeente_id, productgroep_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The provider view per year x gemeente x aanbieder: outcome for cost, CEO and meldingen side by side.
CREATE TABLE wh_aanbieder (
  run_id                 BIGINT        NOT NULL,
  jaar                   INT           NOT NULL,
  gemeente_id            BIGINT        NOT NULL,
  aanbieder_id           BIGINT        NOT NULL,
  clienten               BIGINT        NOT NULL,
  kosten_cent            BIGINT        NOT NULL,
  kosten_per_client_cent BIGINT        NULL,
  doelen_geevalueerd     BIGINT        NOT NULL,
  doelen_behaald         BIGINT        NOT NULL,
  aandeel_doelen_behaald DECIMAL(6,4)  NULL,
  ceo_n                  BIGINT        NOT NULL,
  ceo_pct_eens           DECIMAL(5,1)  NULL COMMENT 'all questions together; NULL when ceo_n < 10',
  meldingen              BIGINT        NOT NULL,
  meldingen_per_100      DECIMAL(10,2) NULL,
  INDEX ix_wh_aanbieder (run_id, jaar, gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Monthly series for the charts (costs and clients over time).
CREATE TABLE wh_maand (
  run_id            BIGINT     NOT NULL,
  jaar              INT        NOT NULL,
  maand             INT        NOT NULL,
  gemeente_id       BIGINT     NOT NULL,
  productgroep_code VARCHAR(4) NOT NULL,
  clienten          BIGINT     NOT NULL COMMENT 'unique clients with a declaration in the month',
  volume            BIGINT     NOT NULL,
  kosten_cent       BIGINT     NOT NULL,
  INDEX ix_wh_maand (run_id, gemeente_id, productgroep_code, jaar, maand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wh_uitstroom (
  run_id            BIGINT      NOT NULL,
  jaar              INT         NOT NULL,
  gemeente_id       BIGINT      NOT NULL,
  productgroep_code VARCHAR(4)  NOT NULL,
  reden             VARCHAR(20) NOT NULL COMMENT 'reden_einde, ONBEKEND when empty',
  aantal            BIGINT      NOT NULL,
  INDEX ix_wh_uitstroom (run_id, jaar, gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Doorstroom: renewals (vorige_id) from one product group to another, heavier or lighter.
CREATE TABLE wh_doorstroom (
  run_id                 BIGINT      NOT NULL,
  jaar                   INT         NOT NULL,
  gemeente_id            BIGINT      NOT NULL,
  van_productgroep_code  VARCHAR(4)  NOT NULL,
  naar_productgroep_code VARCHAR(4)  NOT NULL,
  richting               VARCHAR(12) NOT NULL COMMENT 'ZWAARDER, LICHTER, GELIJK, ANDER_PRODUCT',
  aantal                 BIGINT      NOT NULL,
  INDEX ix_wh_doorstroom (run_id, jaar, gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CEO: share (helemaal) eens / ja per question; pct NULL when fewer than 10 answers.
CREATE TABLE wh_ceo (
  run_id       BIGINT       NOT NULL,
  jaar         INT          NOT NULL,
  gemeente_id  BIGINT       NOT NULL,
  aanbieder_id BIGINT       NULL,
  vraag        VARCHAR(100) NOT NULL,
  n            BIGINT       NOT NULL,
  pct_eens     DECIMAL(5,1) NULL,
  onderdrukt   BOOLEAN      NOT NULL,
  INDEX ix_wh_ceo (run_id, jaar, gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Market concentration per year x productgroep: share of costs of the ten largest providers.
CREATE TABLE wh_concentratie (
  run_id            BIGINT       NOT NULL,
  jaar              INT          NOT NULL,
  productgroep_code VARCHAR(4)   NOT NULL,
  aanbieders        BIGINT       NOT NULL COMMENT 'providers with costs',
  kosten_cent       BIGINT       NOT NULL,
  top10_aandeel     DECIMAL(6,4) NULL,
  INDEX ix_wh_concentratie (run_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Contracted (deelovereenkomst in the year) for a product group but no indicatie in it.
CREATE TABLE wh_zonder_clienten (
  run_id            BIGINT     NOT NULL,
  jaar              INT        NOT NULL,
  aanbieder_id      BIGINT     NOT NULL,
  productgroep_code VARCHAR(4) NOT NULL,
  INDEX ix_wh_zonder_clienten (run_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Projections: scenario_id NULL = baseline (observed trend only).
CREATE TABLE wh_projectie (
  run_id            BIGINT       NOT NULL,
  scenario_id       BIGINT       NULL,
  scenario_naam     VARCHAR(100) NOT NULL,
  gemeente_id       BIGINT       NOT NULL,
  productgroep_code VARCHAR(4)   NOT NULL,
  jaar              INT          NOT NULL,
  kosten_cent       BIGINT       NOT NULL,
  laag_cent         BIGINT       NOT NULL,
  hoog_cent         BIGINT       NOT NULL,
  INDEX ix_wh_projectie (run_id, scenario_id, gemeente_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Projection per gemeente x year summed over product groups, against the budget.
CREATE TABLE wh_projectie_budget (
  run_id        BIGINT       NOT NULL,
  scenario_id   BIGINT       NULL,
  scenario_naam VARCHAR(100) NOT NULL,
  gemeente_id   BIGINT       NOT NULL,
  jaar          INT          NOT NULL,
  kosten_cent   BIGINT       NOT NULL,
  laag_cent     BIGINT       NOT NULL,
  hoog_cent     BIGINT       NOT NULL,
  budget_cent   BIGINT       NULL,
  verschil_cent BIGINT       NULL COMMENT 'budget - kosten; negative = shortfall',
  INDEX ix_wh_projectie_budget (run_id, scenario_id, gemeente_id, jaar)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
