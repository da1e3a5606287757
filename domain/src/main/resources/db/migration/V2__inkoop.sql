-- Inkoop and contractmanagement: providers, product catalogue with tariffs, procurement
-- procedures with entry moments and requirements, applications (toetredingen) and contracts.

CREATE TABLE aanbieder (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  naam          VARCHAR(200) NOT NULL,
  kvk_nummer    CHAR(8)      NOT NULL,
  agb_code      CHAR(8)      NULL,
  status        VARCHAR(20)  NOT NULL,
  bw_recht_2014 BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'had BW clients on 31-12-2014: may hold a deelovereenkomst BW',
  version       BIGINT       NOT NULL DEFAULT 0,
  aangemaakt_op DATETIME(3)  NOT NULL,
  gewijzigd_op  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_aanbieder_kvk UNIQUE (kvk_nummer),
  CONSTRAINT uk_aanbieder_agb UNIQUE (agb_code),
  INDEX ix_aanbieder_naam (naam)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE aanbieder_locatie (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id BIGINT       NOT NULL,
  naam         VARCHAR(200) NOT NULL,
  adres        VARCHAR(200) NOT NULL,
  postcode     VARCHAR(7)   NOT NULL,
  plaats       VARCHAR(100) NOT NULL,
  CONSTRAINT fk_locatie_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE aanbieder_contact (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id BIGINT       NOT NULL,
  naam         VARCHAR(200) NOT NULL,
  functie      VARCHAR(100) NULL,
  email        VARCHAR(200) NULL,
  telefoon     VARCHAR(30)  NULL,
  CONSTRAINT fk_contact_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
  code                  VARCHAR(5)   NOT NULL PRIMARY KEY COMMENT 'iWmo productcode',
  naam                  VARCHAR(200) NOT NULL,
  productgroep_code     VARCHAR(4)   NOT NULL,
  iwmo_productcategorie CHAR(2)      NOT NULL COMMENT 'WMO020',
  bekostiging           VARCHAR(20)  NOT NULL COMMENT 'OUTPUT (per prestatie per maand), INSPANNING (P x Q), TRAJECT',
  eenheid               CHAR(2)      NOT NULL COMMENT 'WJ756',
  frequentie            CHAR(1)      NOT NULL COMMENT 'WMO757',
  categorieen           VARCHAR(100) NULL COMMENT 'prestatie categories of an output product, comma separated',
  CONSTRAINT fk_product_groep FOREIGN KEY (productgroep_code) REFERENCES productgroep (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tarief (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_code  VARCHAR(5)    NOT NULL,
  categorie     VARCHAR(20)   NOT NULL DEFAULT '' COMMENT 'empty when the product has no categories',
  jaar          INT           NOT NULL,
  bedrag_cent   BIGINT        NOT NULL,
  indexatie_pct DECIMAL(6,2)  NOT NULL DEFAULT 0,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_tarief_periode UNIQUE (product_code, categorie, jaar),
  CONSTRAINT fk_tarief_product FOREIGN KEY (product_code) REFERENCES product (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inkoopprocedure (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  naam              VARCHAR(200) NOT NULL,
  productgroep_code VARCHAR(4)   NOT NULL,
  type              VARCHAR(20)  NOT NULL COMMENT 'OPEN_HOUSE, BEPERKT, GESLOTEN',
  max_aanbieders    INT          NULL,
  contract_van      DATE         NOT NULL,
  contract_tot      DATE         NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_procedure_groep FOREIGN KEY (productgroep_code) REFERENCES productgroep (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE toetredingsmoment (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id BIGINT NOT NULL,
  datum        DATE   NOT NULL,
  CONSTRAINT uk_moment UNIQUE (procedure_id, datum),
  CONSTRAINT fk_moment_procedure FOREIGN KEY (procedure_id) REFERENCES inkoopprocedure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_eis (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id BIGINT       NOT NULL,
  code         VARCHAR(20)  NOT NULL,
  omschrijving VARCHAR(500) NOT NULL,
  verplicht    BOOLEAN      NOT NULL,
  volgorde     INT          NOT NULL,
  CONSTRAINT uk_eis UNIQUE (procedure_id, code),
  CONSTRAINT fk_eis_procedure FOREIGN KEY (procedure_id) REFERENCES inkoopprocedure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id BIGINT       NOT NULL,
  nummer       VARCHAR(30)  NOT NULL,
  van          DATE         NOT NULL,
  tot          DATE         NOT NULL,
  status       VARCHAR(20)  NOT NULL COMMENT 'ACTIEF, OPGESCHORT, BEEINDIGD',
  einde_reden  VARCHAR(500) NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_contract_aanbieder UNIQUE (aanbieder_id) COMMENT 'one raamovereenkomst per provider',
  CONSTRAINT uk_contract_nummer UNIQUE (nummer),
  CONSTRAINT fk_contract_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deelovereenkomst (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  contract_id  BIGINT       NOT NULL,
  procedure_id BIGINT       NOT NULL,
  product_code VARCHAR(5)   NOT NULL,
  van          DATE         NOT NULL,
  tot          DATE         NOT NULL,
  verlengingen INT          NOT NULL DEFAULT 0,
  status       VARCHAR(20)  NOT NULL,
  einde_reden  VARCHAR(500) NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_deel_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  CONSTRAINT fk_deel_procedure FOREIGN KEY (procedure_id) REFERENCES inkoopprocedure (id),
  CONSTRAINT fk_deel_product FOREIGN KEY (product_code) REFERENCES product (code),
  INDEX ix_deel_procedure_status (procedure_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE toetreding (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id  BIGINT       NOT NULL,
  moment_id     BIGINT       NOT NULL,
  status        VARCHAR(20)  NOT NULL COMMENT 'INGEDIEND, TOEGELATEN, AFGEWEZEN',
  ingediend_op  DATETIME(3)  NOT NULL,
  besloten_op   DATETIME(3)  NULL,
  beoordelaar   VARCHAR(64)  NULL,
  besluit_reden VARCHAR(1000) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_toetreding_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_toetreding_moment FOREIGN KEY (moment_id) REFERENCES toetredingsmoment (id),
  INDEX ix_toetreding_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE toetreding_product (
  toetreding_id BIGINT     NOT NULL,
  product_code  VARCHAR(5) NOT NULL,
  PRIMARY KEY (toetreding_id, product_code),
  CONSTRAINT fk_tp_toetreding FOREIGN KEY (toetreding_id) REFERENCES toetreding (id),
  CONSTRAINT fk_tp_product FOREIGN KEY (product_code) REFERENCES product (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE toetreding_eis (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  toetreding_id  BIGINT        NOT NULL,
  eis_id         BIGINT        NOT NULL,
  voldaan        BOOLEAN       NULL COMMENT 'null: not yet assessed',
  bewijs_naam    VARCHAR(255)  NULL,
  bewijs_type    VARCHAR(100)  NULL,
  bewijs_grootte BIGINT        NULL,
  notitie        VARCHAR(1000) NULL,
  CONSTRAINT uk_toetreding_eis UNIQUE (toetreding_id, eis_id),
  CONSTRAINT fk_te_toetreding FOREIGN KEY (toetreding_id) REFERENCES toetreding (id),
  CONSTRAINT fk_te_eis FOREIGN KEY (eis_id) REFERENCES procedure_eis (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
