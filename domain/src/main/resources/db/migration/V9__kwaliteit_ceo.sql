-- Kwaliteitsmonitoring (issue 6): a versioned monitoring method (indicators with scale, norm and
-- theme), rounds that score providers, learning points and agreed improvements.
CREATE TABLE kw_methode (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  naam          VARCHAR(200) NOT NULL,
  versie        INT          NOT NULL,
  omschrijving  VARCHAR(1000) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_kw_methode UNIQUE (naam, versie)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kw_indicator (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  methode_id       BIGINT       NOT NULL,
  code             VARCHAR(20)  NOT NULL,
  thema            VARCHAR(100) NOT NULL,
  omschrijving     VARCHAR(500) NOT NULL,
  schaal_min       INT          NOT NULL,
  schaal_max       INT          NOT NULL,
  norm             INT          NOT NULL COMMENT 'a score at or above the norm meets it',
  volgorde         INT          NOT NULL,
  gekoppeld_aan_id BIGINT       NULL COMMENT 'explicit mapping: this indicator measures the same as that one of another method version',
  CONSTRAINT uk_kw_indicator UNIQUE (methode_id, code),
  CONSTRAINT fk_kw_indicator_methode FOREIGN KEY (methode_id) REFERENCES kw_methode (id),
  CONSTRAINT fk_kw_indicator_koppeling FOREIGN KEY (gekoppeld_aan_id) REFERENCES kw_indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kw_ronde (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  naam        VARCHAR(200) NOT NULL,
  methode_id  BIGINT       NOT NULL,
  van         DATE         NOT NULL,
  tot         DATE         NOT NULL,
  selectie    VARCHAR(10)  NOT NULL COMMENT 'ALLE (all contracted providers) or SELECTIE (risk-based)',
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_kw_ronde_methode FOREIGN KEY (methode_id) REFERENCES kw_methode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kw_beoordeling (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ronde_id      BIGINT        NOT NULL,
  aanbieder_id  BIGINT        NOT NULL,
  leerpunten    VARCHAR(2000) NULL,
  beoordeeld_door VARCHAR(100) NULL,
  beoordeeld_op DATE          NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_kw_beoordeling UNIQUE (ronde_id, aanbieder_id),
  CONSTRAINT fk_kw_beoordeling_ronde FOREIGN KEY (ronde_id) REFERENCES kw_ronde (id),
  CONSTRAINT fk_kw_beoordeling_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  INDEX ix_kw_beoordeling_aanbieder (aanbieder_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kw_score (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  beoordeling_id  BIGINT        NOT NULL,
  indicator_id    BIGINT        NOT NULL,
  score           INT           NOT NULL,
  onderbouwing    VARCHAR(1000) NULL COMMENT 'evidence note',
  CONSTRAINT uk_kw_score UNIQUE (beoordeling_id, indicator_id),
  CONSTRAINT fk_kw_score_beoordeling FOREIGN KEY (beoordeling_id) REFERENCES kw_beoordeling (id),
  CONSTRAINT fk_kw_score_indicator FOREIGN KEY (indicator_id) REFERENCES kw_indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kw_verbetering (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  beoordeling_id  BIGINT       NOT NULL,
  omschrijving    VARCHAR(500) NOT NULL,
  deadline        DATE         NOT NULL,
  afgerond_op     DATE         NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_kw_verbetering_beoordeling FOREIGN KEY (beoordeling_id) REFERENCES kw_beoordeling (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Cliëntervaringsonderzoek: questions (the ten standard ones plus a gemeente's own), a survey
-- round per gemeente per year with its sample (pseudonyms only) and the imported answers.
CREATE TABLE ceo_vraag (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(12)  NOT NULL,
  gemeente_id  BIGINT       NULL COMMENT 'NULL: one of the ten standard questions',
  nummer       INT          NOT NULL,
  tekst        VARCHAR(500) NOT NULL,
  type         VARCHAR(10)  NOT NULL COMMENT 'SCHAAL5 (1..5, 4-5 = (helemaal) eens) or JANEE (1 ja, 2 nee)',
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_ceo_vraag_code UNIQUE (code),
  CONSTRAINT fk_ceo_vraag_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO ceo_vraag (code, gemeente_id, nummer, tekst, type) VALUES
  ('V01', NULL, 1, 'Ik wist waar ik moest zijn met mijn hulpvraag', 'SCHAAL5'),
  ('V02', NULL, 2, 'Ik werd snel geholpen', 'SCHAAL5'),
  ('V03', NULL, 3, 'De medewerker nam mij serieus', 'SCHAAL5'),
  ('V04', NULL, 4, 'De medewerker en ik hebben samen naar oplossingen gezocht', 'SCHAAL5'),
  ('V05', NULL, 5, 'Ik wist dat ik gebruik kon maken van gratis onafhankelijke cliëntondersteuning', 'JANEE'),
  ('V06', NULL, 6, 'Ik vind de kwaliteit van de ondersteuning die ik krijg goed', 'SCHAAL5'),
  ('V07', NULL, 7, 'De ondersteuning die ik krijg past bij mijn hulpvraag', 'SCHAAL5'),
  ('V08', NULL, 8, 'Door de ondersteuning die ik krijg kan ik de dingen doen die ik wil', 'SCHAAL5'),
  ('V09', NULL, 9, 'Door de ondersteuning die ik krijg kan ik mij beter redden', 'SCHAAL5'),
  ('V10', NULL, 10, 'Door de ondersteuning die ik krijg heb ik een betere kwaliteit van leven', 'SCHAAL5');

CREATE TABLE ceo_ronde (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gemeente_id       BIGINT      NOT NULL,
  jaar              INT         NOT NULL,
  gevraagde_omvang  INT         NOT NULL COMMENT 'requested sample size',
  seed              BIGINT      NOT NULL,
  populatie         INT         NULL COMMENT 'clients with an indicatie in the year, at the draw',
  steekproef        INT         NULL COMMENT 'drawn sample size',
  getrokken_op      DATETIME(3) NULL,
  version           BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_ceo_ronde UNIQUE (gemeente_id, jaar),
  CONSTRAINT fk_ceo_ronde_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ceo_steekproef (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ronde_id       BIGINT      NOT NULL,
  respondent     VARCHAR(20) NOT NULL COMMENT 'respondent key for the survey agency',
  pseudoniem     CHAR(64)    NOT NULL,
  productgroep   VARCHAR(4)  NOT NULL,
  aanbieder_id   BIGINT      NULL,
  CONSTRAINT uk_ceo_steekproef_respondent UNIQUE (ronde_id, respondent),
  CONSTRAINT uk_ceo_steekproef_pseudoniem UNIQUE (ronde_id, pseudoniem),
  CONSTRAINT fk_ceo_steekproef_ronde FOREIGN KEY (ronde_id) REFERENCES ceo_ronde (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ceo_antwoord (
  id             BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
  steekproef_id  BIGINT   NOT NULL,
  vraag_id       BIGINT   NOT NULL,
  antwoord       SMALLINT NULL COMMENT 'NULL blank; 8 n.v.t.; 9 weet niet',
  import_id      BIGINT   NULL,
  CONSTRAINT uk_ceo_antwoord UNIQUE (steekproef_id, vraag_id),
  CONSTRAINT fk_ceo_antwoord_steekproef FOREIGN KEY (steekproef_id) REFERENCES ceo_steekproef (id),
  CONSTRAINT fk_ceo_antwoord_vraag FOREIGN KEY (vraag_id) REFERENCES ceo_vraag (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ceo_import (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ronde_id       BIGINT       NOT NULL,
  bestand_hash   CHAR(64)     NOT NULL COMMENT 'SHA-256 of the file: the same file twice changes nothing',
  modus          VARCHAR(20)  NOT NULL COMMENT 'ALLES_OF_NIETS or GOEDE_REGELS',
  ontvangen_op   DATETIME(3)  NOT NULL,
  ontvangen_door VARCHAR(100) NOT NULL,
  regels         INT          NOT NULL,
  opgeslagen     INT          NOT NULL,
  afgekeurd      INT          NOT NULL,
  rapport        MEDIUMTEXT   NULL,
  CONSTRAINT uk_ceo_import UNIQUE (ronde_id, bestand_hash),
  CONSTRAINT fk_ceo_import_ronde FOREIGN KEY (ronde_id) REFERENCES ceo_ronde (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
