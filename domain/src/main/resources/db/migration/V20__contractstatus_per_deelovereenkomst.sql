-- Issue 13 (one chain): the status of every deelovereenkomst has a date from which it holds and
-- a history; toezicht measures ask inkoop to change it and leave a task on the inkoop worklist.
-- Additive only.

CREATE TABLE deelovereenkomst_status (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  deelovereenkomst_id BIGINT       NOT NULL,
  status              VARCHAR(20)  NOT NULL COMMENT 'ACTIEF, OPGESCHORT, BEEINDIGD',
  per                 DATE         NOT NULL COMMENT 'first day the status holds',
  reden               VARCHAR(500) NULL,
  bron                VARCHAR(100) NOT NULL COMMENT 'CONTRACTBEHEER or TOEZICHT maatregel <id>',
  door                VARCHAR(100) NOT NULL,
  vastgelegd_op       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_deelstatus_deel FOREIGN KEY (deelovereenkomst_id) REFERENCES deelovereenkomst (id),
  INDEX ix_deelstatus_deel (deelovereenkomst_id, per, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deelovereenkomsten that were suspended or ended before this history existed: one row from their start.
INSERT INTO deelovereenkomst_status (deelovereenkomst_id, status, per, reden, bron, door, vastgelegd_op)
SELECT id, status, van, einde_reden, 'MIGRATIE V20', 'systeem', NOW(3) FROM deelovereenkomst WHERE status <> 'ACTIEF';

CREATE TABLE inkoop_taak (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id  BIGINT        NOT NULL,
  contract_id   BIGINT        NULL,
  omschrijving  VARCHAR(1000) NOT NULL,
  deadline      DATE          NOT NULL,
  bron          VARCHAR(100)  NOT NULL,
  status        VARCHAR(20)   NOT NULL DEFAULT 'OPEN' COMMENT 'OPEN, AFGEROND',
  aangemaakt_op DATETIME(3)   NOT NULL,
  afgerond_door VARCHAR(100)  NULL,
  afgerond_op   DATETIME(3)   NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_taak_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  INDEX ix_taak_status_deadline (status, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Toezicht: which deelovereenkomst a contract measure concerns (null: the whole raamovereenkomst),
-- from when, and the recorded reason when a measure skips a step of the cirkel van naleving.
ALTER TABLE maatregel
  ADD COLUMN product_code    VARCHAR(5)   NULL,
  ADD COLUMN ingang          DATE         NULL,
  ADD COLUMN reden_overslaan VARCHAR(1000) NULL,
  ADD COLUMN bevestigd_op    DATE         NULL COMMENT 'opschorting/beeindiging confirmed: inkoop changed the contract';

-- The continuity move links the new indicatie to the one it replaces (vorige_id exists) and says why.
ALTER TABLE indicatie
  ADD COLUMN overgang VARCHAR(20) NULL COMMENT 'CONTINUITEIT: moved from a suspended/ended provider; FUSIE: moved to the successor gemeente';
