-- Warehouse (issue 14 point 3): the named risks of seed 000 as scenario parameters, templates a
-- controller copies, a population prognosis per gemeente and age band (vergrijzing) and a budget
-- key per gemeente per scenario (objectief verdeelmodel). Projections also carry clients, volume and
-- the clients that wait (personeelstekort), and the scenario's budget change. New columns come last
-- and have defaults, so rows and readers of earlier runs keep working.

ALTER TABLE wh_scenario
  ADD COLUMN risico VARCHAR(30) NULL COMMENT 'named risk of seed 000: ABONNEMENTSTARIEF, REELE_KOSTPRIJS_HV, DOORDECENTRALISATIE_BW_MO, WLZ_UITNAME_BW, VERGRIJZING, PERSONEELSTEKORT, OPEN_EINDE, RESULTAATGERICHT; NULL = free',
  ADD COLUMN sjabloon BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'a template: copied and edited, not edited itself',
  ADD COLUMN vergrijzing_prognose BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'demand per age band follows wh_bevolking of the gemeente',
  ADD COLUMN verdeelmodel_ingroei_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'share per year (cumulative, max 100) by which the BW+MO budget moves to the key of wh_verdeelsleutel',
  ADD COLUMN verdeelmodel_regio_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'change of the region''s total BW+MO budget under the objectief verdeelmodel (negative = disadvantage)',
  ADD COLUMN wlz_uitstroom_bw_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'share of BW demand that moves to the Wlz, from year 1',
  ADD COLUMN wlz_korting_bw_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'budget cut for the Wlz move as share of the BW costs, from year 1',
  ADD COLUMN capaciteit_groei_pct DECIMAL(6,2) NULL COMMENT 'personeelstekort: clients served may grow at most this much per year; the rest waits. NULL = no cap',
  ADD COLUMN extra_vraag_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'open-einde regeling: extra demand per year, all groups, never capped by the budget',
  ADD COLUMN resultaat_uren_pct DECIMAL(6,2) NOT NULL DEFAULT 0 COMMENT 'resultaatgericht beschikken: change of HV hours per client (objective norm times), from year 1';

-- Population prognosis per gemeente, year and age band (input of the vergrijzing scenario).
CREATE TABLE wh_bevolking (
  gemeente_id      BIGINT     NOT NULL,
  jaar             INT        NOT NULL,
  leeftijdsklasse  VARCHAR(5) NOT NULL COMMENT '18-23, 24-54, 55-75, 75+',
  inwoners         BIGINT     NOT NULL,
  PRIMARY KEY (gemeente_id, jaar, leeftijdsklasse)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Budget key of the objectief verdeelmodel per scenario and gemeente (shares of the region, sum 1).
CREATE TABLE wh_verdeelsleutel (
  scenario_id BIGINT       NOT NULL,
  gemeente_id BIGINT       NOT NULL,
  aandeel     DECIMAL(9,6) NOT NULL,
  PRIMARY KEY (scenario_id, gemeente_id),
  CONSTRAINT fk_wh_verdeelsleutel_scenario FOREIGN KEY (scenario_id) REFERENCES wh_scenario (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE wh_projectie
  ADD COLUMN clienten BIGINT NULL COMMENT 'clients served (average per month)',
  ADD COLUMN volume BIGINT NULL COMMENT 'units in the year',
  ADD COLUMN wachtenden BIGINT NULL COMMENT 'clients that wait because of a capacity cap (personeelstekort)';

ALTER TABLE wh_projectie_budget
  ADD COLUMN clienten BIGINT NULL,
  ADD COLUMN wachtenden BIGINT NULL,
  ADD COLUMN budget_mutatie_cent BIGINT NULL COMMENT 'the scenario''s change of the budget (verdeelmodel, Wlz cut); included in budget_cent';
