-- Foundation schema: regio and gemeenten (with history), product groups and participation,
-- users and roles, and the audit trail. Flyway owns the schema; EclipseLink never generates DDL.

CREATE TABLE productgroep (
  code                  VARCHAR(4)   NOT NULL PRIMARY KEY,
  naam                  VARCHAR(100) NOT NULL,
  iwmo_productcategorie CHAR(2)      NOT NULL COMMENT 'iWmo code list WMO020',
  volgorde              INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE regio (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code               VARCHAR(20)  NOT NULL,
  naam               VARCHAR(200) NOT NULL,
  centrumgemeente_id BIGINT       NULL,
  regeling_van       DATE         NOT NULL,
  regeling_tot       DATE         NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_regio_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gemeente (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  regio_id          BIGINT       NOT NULL,
  cbs_code          CHAR(6)      NOT NULL,
  naam              VARCHAR(100) NOT NULL,
  geldig_van        DATE         NOT NULL,
  geldig_tot        DATE         NULL,
  opgevolgd_door_id BIGINT       NULL COMMENT 'the gemeente it merged into',
  einde_reden       VARCHAR(500) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  aangemaakt_op     DATETIME(3)  NOT NULL,
  gewijzigd_op      DATETIME(3)  NOT NULL,
  CONSTRAINT uk_gemeente_cbs UNIQUE (cbs_code),
  CONSTRAINT fk_gemeente_regio FOREIGN KEY (regio_id) REFERENCES regio (id),
  CONSTRAINT fk_gemeente_opvolger FOREIGN KEY (opgevolgd_door_id) REFERENCES gemeente (id),
  INDEX ix_gemeente_naam (naam)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE regio ADD CONSTRAINT fk_regio_centrumgemeente FOREIGN KEY (centrumgemeente_id) REFERENCES gemeente (id);

CREATE TABLE deelname (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gemeente_id       BIGINT      NOT NULL,
  productgroep_code VARCHAR(4)  NOT NULL,
  van               DATE        NOT NULL,
  tot               DATE        NULL,
  version           BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_deelname_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
  CONSTRAINT fk_deelname_productgroep FOREIGN KEY (productgroep_code) REFERENCES productgroep (code),
  INDEX ix_deelname_gemeente_groep (gemeente_id, productgroep_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gebruiker (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  gebruikersnaam  VARCHAR(64)  NOT NULL,
  wachtwoord_hash VARCHAR(255) NOT NULL COMMENT 'Jakarta Security Pbkdf2PasswordHash format',
  volledige_naam  VARCHAR(200) NOT NULL,
  gemeente_id     BIGINT       NULL COMMENT 'only for role GEMEENTE: the one gemeente this user may see',
  actief          BOOLEAN      NOT NULL DEFAULT TRUE,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_gebruiker_naam UNIQUE (gebruikersnaam),
  CONSTRAINT fk_gebruiker_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gebruiker_rol (
  gebruiker_id BIGINT      NOT NULL,
  rol          VARCHAR(30) NOT NULL,
  PRIMARY KEY (gebruiker_id, rol),
  CONSTRAINT fk_gebruiker_rol FOREIGN KEY (gebruiker_id) REFERENCES gebruiker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tijdstip    DATETIME(3)  NOT NULL,
  actor       VARCHAR(64)  NOT NULL,
  actie       VARCHAR(30)  NOT NULL,
  entiteit    VARCHAR(50)  NOT NULL,
  entiteit_id VARCHAR(50)  NOT NULL,
  details     TEXT         NULL,
  reden       VARCHAR(500) NULL,
  INDEX ix_audit_entiteit (entiteit, entiteit_id),
  INDEX ix_audit_tijdstip (tijdstip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reference data: the regional product groups, each tied to its iWmo productcategorie (WMO020).
INSERT INTO productgroep (code, naam, iwmo_productcategorie, volgorde) VALUES
  ('HV', 'Huishoudelijke verzorging',           '01', 1),
  ('BI', 'Begeleiding individueel',             '02', 2),
  ('BG', 'Begeleiding groep (dagbesteding)',    '07', 3),
  ('KV', 'Kortdurend verblijf',                 '04', 4),
  ('BW', 'Beschermd wonen',                     '15', 5),
  ('MO', 'Maatschappelijke opvang',             '16', 6);
