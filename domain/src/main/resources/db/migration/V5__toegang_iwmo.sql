-- Toegang completed: client identity (encrypted BSN), toewijzing details, trajectplans (goals and
-- evaluations), start/stop of zorg, declarations from iWmo WMO323 and the client access log.
-- The pseudoniem stays the only client key outside this database (warehouse, CEO, toezicht).

ALTER TABLE client
  ADD COLUMN bsn_versleuteld VARCHAR(120) NULL COMMENT 'AES-GCM of the BSN, key from configuration; NULL for pseudonym-only demo clients' AFTER pseudoniem,
  ADD COLUMN bsn_laatste     CHAR(3)      NULL COMMENT 'last three digits, for the masked display ******123' AFTER bsn_versleuteld;

ALTER TABLE indicatie
  ADD COLUMN budget_cent     BIGINT      NULL COMMENT 'generiek/aspecifiek toewijzing: budget in eurocents' AFTER frequentie,
  ADD COLUMN start_zorg      DATE        NULL COMMENT 'from WMO305' AFTER reden_wijziging,
  ADD COLUMN stop_zorg       DATE        NULL COMMENT 'from WMO307' AFTER start_zorg,
  ADD COLUMN reden_einde     VARCHAR(20) NULL COMMENT 'uitstroom: DOEL_BEREIKT, VOORLIGGEND_VELD, WLZ, ZVW, VERHUISD, OVERLEDEN, ANDERS' AFTER stop_zorg,
  ADD COLUMN aangemaakt_op   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) AFTER vorige_id,
  ADD INDEX ix_indicatie_client (client_id, van);

-- Trajectplan: goals per indicatie and their evaluations.
CREATE TABLE doel (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  indicatie_id     BIGINT       NOT NULL,
  leefgebied       VARCHAR(30)  NOT NULL COMMENT 'ZELFZORG, HUISHOUDEN, WONEN, SOCIALE_CONTACTEN, DAGBESTEDING, FINANCIEN, GEZONDHEID, MOBILITEIT',
  omschrijving     VARCHAR(500) NOT NULL,
  beoogd_resultaat VARCHAR(500) NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_doel_indicatie FOREIGN KEY (indicatie_id) REFERENCES indicatie (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE doel_evaluatie (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doel_id    BIGINT       NOT NULL,
  datum      DATE         NOT NULL,
  uitkomst   VARCHAR(15)  NOT NULL COMMENT 'BEHAALD, DEELS, NIET_BEHAALD',
  toelichting VARCHAR(500) NULL,
  CONSTRAINT fk_evaluatie_doel FOREIGN KEY (doel_id) REFERENCES doel (id),
  INDEX ix_evaluatie_doel (doel_id, datum)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One received iWmo message (WMO305, WMO307, WMO323). The hash of the message content makes
-- imports idempotent: the same message twice is recognised and changes nothing.
CREATE TABLE iwmo_bericht (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  berichtcode     CHAR(3)      NOT NULL COMMENT 'COD002: 414 WMO305, 416 WMO307, 447 WMO323',
  inhoud_hash     CHAR(64)     NOT NULL COMMENT 'SHA-256 of the message bytes',
  afzender        VARCHAR(8)   NULL COMMENT 'AGB of the provider',
  aanbieder_id    BIGINT       NULL,
  gemeente_id     BIGINT       NULL,
  identificatie   VARCHAR(36)  NULL COMMENT 'BerichtIdentificatie/Identificatie',
  ontvangen_op    DATETIME(3)  NOT NULL,
  ontvangen_door  VARCHAR(100) NOT NULL,
  regels          INT          NOT NULL DEFAULT 0,
  goedgekeurd     INT          NOT NULL DEFAULT 0,
  afgekeurd       INT          NOT NULL DEFAULT 0,
  resultaat       MEDIUMTEXT   NULL COMMENT 'the WMO325-style answer as JSON',
  CONSTRAINT uk_iwmo_bericht_hash UNIQUE (inhoud_hash),
  CONSTRAINT fk_iwmo_bericht_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_iwmo_bericht_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Approved declaration lines: per provider per month per toewijzing. Amounts in eurocents.
-- Kept narrow on purpose: the region holds ~1M of these, a national load ~15M a year.
CREATE TABLE declaratie_regel (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  bericht_id    BIGINT      NULL COMMENT 'NULL for generated history',
  indicatie_id  BIGINT      NOT NULL,
  aanbieder_id  BIGINT      NOT NULL,
  gemeente_id   BIGINT      NOT NULL,
  jaar          SMALLINT    NOT NULL,
  maand         TINYINT     NOT NULL,
  product_code  VARCHAR(5)  NOT NULL,
  volume        INT         NOT NULL,
  eenheid       CHAR(2)     NOT NULL,
  tarief_cent   INT         NOT NULL,
  bedrag_cent   BIGINT      NOT NULL,
  referentie    VARCHAR(36) NULL COMMENT 'ProductReferentie of the provider',
  CONSTRAINT uk_declaratie_regel_referentie UNIQUE (aanbieder_id, referentie),
  CONSTRAINT fk_declaratie_regel_bericht FOREIGN KEY (bericht_id) REFERENCES iwmo_bericht (id),
  CONSTRAINT fk_declaratie_regel_indicatie FOREIGN KEY (indicatie_id) REFERENCES indicatie (id),
  INDEX ix_declaratie_regel_periode (jaar, maand, gemeente_id),
  INDEX ix_declaratie_regel_aanbieder (aanbieder_id, jaar, maand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Verwerkingenlogging for client data: every read and change of a client record. Append-only:
-- the application has no update or delete path for it.
CREATE TABLE client_inzage (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tijdstip      DATETIME(3)  NOT NULL,
  gebruiker     VARCHAR(100) NOT NULL,
  rol           VARCHAR(30)  NULL,
  pseudoniem    CHAR(64)     NOT NULL,
  actie         VARCHAR(20)  NOT NULL COMMENT 'LEZEN, ZOEKEN, WIJZIGEN, AANMAKEN, EXPORT',
  doel          VARCHAR(500) NOT NULL COMMENT 'why: the purpose or the stated reason',
  INDEX ix_client_inzage_pseudoniem (pseudoniem, tijdstip),
  INDEX ix_client_inzage_gebruiker (gebruiker, tijdstip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
