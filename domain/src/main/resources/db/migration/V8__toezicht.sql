-- Toezicht (issue 5): meldpunt, triage, onderzoeken against a versioned toetsingskader,
-- bevindingen per norm, maatregelen along the cirkel van naleving. Additive only.

-- A toezichthouder works for one toezicht organisation: only that one edits its onderzoeken.
ALTER TABLE gebruiker ADD COLUMN toezicht_organisatie VARCHAR(30) NULL
  COMMENT 'GGD or WMO_TOEZICHTHOUDER, for users with role TOEZICHTHOUDER';

CREATE TABLE toezicht_instelling (
  id                     BIGINT      NOT NULL PRIMARY KEY,
  regio_code             VARCHAR(20) NOT NULL,
  meldtermijn_werkdagen  INT         NOT NULL COMMENT 'calamiteit/geweld must be reported within this many working days (Wmo 2015 art. 3.4 onverwijld)',
  triagetermijn_dagen    INT         NOT NULL COMMENT 'a new melding is assessed within this many calendar days',
  version                BIGINT      NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO toezicht_instelling (id, regio_code, meldtermijn_werkdagen, triagetermijn_dagen) VALUES (1, 'BNO-O', 2, 5);

CREATE TABLE toetsingskader (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code       VARCHAR(30)  NOT NULL,
  versie     INT          NOT NULL,
  naam       VARCHAR(200) NOT NULL,
  geldig_van DATE         NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_toetsingskader UNIQUE (code, versie)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE toetsingskader_norm (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kader_id     BIGINT       NOT NULL,
  code         VARCHAR(20)  NOT NULL,
  thema        VARCHAR(20)  NOT NULL COMMENT 'VEILIG, DOELTREFFEND, DOELMATIG, CLIENTGERICHT',
  omschrijving VARCHAR(500) NOT NULL,
  volgorde     INT          NOT NULL,
  CONSTRAINT uk_norm UNIQUE (kader_id, code),
  CONSTRAINT fk_norm_kader FOREIGN KEY (kader_id) REFERENCES toetsingskader (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onderzoek (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nummer           VARCHAR(40)   NOT NULL,
  type             VARCHAR(30)   NOT NULL,
  aanbieder_id     BIGINT        NOT NULL,
  gemeente_id      BIGINT        NULL,
  kader_id         BIGINT        NOT NULL,
  organisatie      VARCHAR(30)   NOT NULL,
  scope            VARCHAR(2000) NOT NULL,
  status           VARCHAR(30)   NOT NULL,
  gepland_van      DATE          NOT NULL,
  gepland_tot      DATE          NOT NULL,
  start_datum      DATE          NULL,
  eind_datum       DATE          NULL,
  zienswijze       TEXT          NULL,
  zienswijze_datum DATE          NULL,
  definitief_op    DATETIME(3)   NULL,
  aangemaakt_op    DATETIME(3)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_onderzoek_nummer UNIQUE (nummer),
  CONSTRAINT fk_onderzoek_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_onderzoek_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
  CONSTRAINT fk_onderzoek_kader FOREIGN KEY (kader_id) REFERENCES toetsingskader (id),
  INDEX ix_onderzoek_aanbieder (aanbieder_id),
  INDEX ix_onderzoek_gepland (gepland_van)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onderzoek_norm (
  onderzoek_id BIGINT NOT NULL,
  norm_id      BIGINT NOT NULL,
  PRIMARY KEY (onderzoek_id, norm_id),
  CONSTRAINT fk_onderzoek_norm_o FOREIGN KEY (onderzoek_id) REFERENCES onderzoek (id),
  CONSTRAINT fk_onderzoek_norm_n FOREIGN KEY (norm_id) REFERENCES toetsingskader_norm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE melding (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nummer              VARCHAR(40)   NOT NULL,
  bron                VARCHAR(20)   NOT NULL,
  soort               VARCHAR(30)   NOT NULL,
  aanbieder_id        BIGINT        NOT NULL,
  gemeente_id         BIGINT        NOT NULL,
  client_pseudoniem   CHAR(64)      NULL,
  gebeurtenis_datum   DATE          NOT NULL,
  melddatum           DATE          NOT NULL,
  omschrijving        TEXT          NOT NULL,
  melder_naam         VARCHAR(200)  NULL COMMENT 'visible to toezicht roles only; erased on anonymisation',
  melder_contact      VARCHAR(200)  NULL,
  te_laat             BOOLEAN       NOT NULL DEFAULT FALSE,
  werkdagen           INT           NULL COMMENT 'working days between event and report',
  status              VARCHAR(20)   NOT NULL,
  organisatie         VARCHAR(30)   NULL,
  triage_deadline     DATE          NOT NULL,
  sluitreden          VARCHAR(500)  NULL,
  samengevoegd_met_id BIGINT        NULL,
  onderzoek_id        BIGINT        NULL,
  geanonimiseerd      BOOLEAN       NOT NULL DEFAULT FALSE,
  aangemaakt_door     VARCHAR(64)   NOT NULL,
  aangemaakt_op       DATETIME(3)   NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_melding_nummer UNIQUE (nummer),
  CONSTRAINT fk_melding_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_melding_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
  CONSTRAINT fk_melding_samengevoegd FOREIGN KEY (samengevoegd_met_id) REFERENCES melding (id),
  CONSTRAINT fk_melding_onderzoek FOREIGN KEY (onderzoek_id) REFERENCES onderzoek (id),
  INDEX ix_melding_status (status, triage_deadline),
  INDEX ix_melding_melddatum (melddatum),
  INDEX ix_melding_aanbieder (aanbieder_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE melding_bijlage (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  melding_id      BIGINT       NOT NULL,
  bestandsnaam    VARCHAR(200) NOT NULL,
  mediatype       VARCHAR(100) NOT NULL,
  grootte         BIGINT       NOT NULL,
  inhoud          MEDIUMBLOB   NOT NULL,
  toegevoegd_door VARCHAR(64)  NOT NULL,
  toegevoegd_op   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_bijlage_melding FOREIGN KEY (melding_id) REFERENCES melding (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bevinding (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  onderzoek_id BIGINT      NOT NULL,
  norm_id      BIGINT      NOT NULL,
  oordeel      VARCHAR(20) NOT NULL COMMENT 'VOLDOET, VOLDOET_DEELS, VOLDOET_NIET',
  onderbouwing TEXT        NOT NULL,
  vastgesteld_door VARCHAR(64) NOT NULL,
  vastgesteld_op   DATETIME(3) NOT NULL,
  CONSTRAINT uk_bevinding UNIQUE (onderzoek_id, norm_id),
  CONSTRAINT fk_bevinding_onderzoek FOREIGN KEY (onderzoek_id) REFERENCES onderzoek (id),
  CONSTRAINT fk_bevinding_norm FOREIGN KEY (norm_id) REFERENCES toetsingskader_norm (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE maatregel (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  onderzoek_id  BIGINT        NOT NULL,
  aanbieder_id  BIGINT        NOT NULL,
  type          VARCHAR(30)   NOT NULL,
  omschrijving  VARCHAR(2000) NOT NULL,
  deadline      DATE          NOT NULL,
  status        VARCHAR(20)   NOT NULL COMMENT 'OPEN, AFGEROND',
  opvolging     TEXT          NULL,
  afgerond_op   DATE          NULL,
  aangemaakt_op DATETIME(3)   NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_maatregel_onderzoek FOREIGN KEY (onderzoek_id) REFERENCES onderzoek (id),
  CONSTRAINT fk_maatregel_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  INDEX ix_maatregel_deadline (status, deadline),
  INDEX ix_maatregel_aanbieder (aanbieder_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Wmo 2015 art. 3.1 quality norm as the first toetsingskader (version 1).
INSERT INTO toetsingskader (id, code, versie, naam, geldig_van) VALUES
  (1, 'WMO-3.1', 1, 'Kwaliteitskader Wmo 2015 art. 3.1 (veilig, doeltreffend, doelmatig, cliëntgericht)', '2015-01-01');

INSERT INTO toetsingskader_norm (kader_id, code, thema, omschrijving, volgorde) VALUES
  (1, 'V1', 'VEILIG', 'De aanbieder heeft een actuele risico-inventarisatie per cliënt en handelt ernaar.', 1),
  (1, 'V2', 'VEILIG', 'Medewerkers hebben een geldige VOG en werken volgens de meldcode huiselijk geweld en kindermishandeling.', 2),
  (1, 'V3', 'VEILIG', 'Calamiteiten en geweld bij de verstrekking worden onverwijld gemeld en intern onderzocht (art. 3.4).', 3),
  (1, 'D1', 'DOELTREFFEND', 'Het ondersteuningsplan bevat doelen die met de cliënt zijn afgesproken en worden geëvalueerd.', 4),
  (1, 'D2', 'DOELTREFFEND', 'De ondersteuning draagt aantoonbaar bij aan zelfredzaamheid en participatie.', 5),
  (1, 'E1', 'DOELMATIG', 'De ingezette uren en middelen passen bij de indicatie en worden verantwoord.', 6),
  (1, 'E2', 'DOELMATIG', 'Medewerkers zijn vakbekwaam voor de geleverde ondersteuning (opleiding, registratie).', 7),
  (1, 'C1', 'CLIENTGERICHT', 'De cliënt (en naaste) is betrokken bij het opstellen en bijstellen van het plan.', 8),
  (1, 'C2', 'CLIENTGERICHT', 'Er is een onafhankelijke klachtenregeling en een cliëntenraad of vergelijkbare inspraak.', 9),
  (1, 'C3', 'CLIENTGERICHT', 'De ondersteuning is afgestemd op de persoonlijke situatie en andere zorg.', 10);
