-- The first part of the toegang data: clients (pseudonymous) and their indicaties. Enough for the
-- contract management dashboard (clients per provider, product group and gemeente). The toegang
-- issue adds identity (BSN, encrypted), trajectplans, declarations and the iWmo exchange.

CREATE TABLE client (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pseudoniem   CHAR(64)    NOT NULL COMMENT 'HMAC-SHA256 of the identity with a configured key; never the BSN',
  geboortejaar INT         NOT NULL,
  gemeente_id  BIGINT      NOT NULL COMMENT 'gemeente of residence',
  segment      VARCHAR(2)  NOT NULL COMMENT '1A, 1B, 2 or 3',
  version      BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_client_pseudoniem UNIQUE (pseudoniem),
  CONSTRAINT fk_client_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicatie (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  client_id       BIGINT      NOT NULL,
  gemeente_id     BIGINT      NOT NULL,
  product_code    VARCHAR(5)  NOT NULL,
  categorie       VARCHAR(20) NULL,
  aanbieder_id    BIGINT      NOT NULL,
  van             DATE        NOT NULL,
  tot             DATE        NULL,
  volume          INT         NULL,
  eenheid         CHAR(2)     NULL COMMENT 'WJ756',
  frequentie      CHAR(1)     NULL COMMENT 'WMO757',
  reden_wijziging CHAR(2)     NULL COMMENT 'WMO002',
  vorige_id       BIGINT      NULL COMMENT 'the indicatie this one renews',
  version         BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_indicatie_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_indicatie_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
  CONSTRAINT fk_indicatie_product FOREIGN KEY (product_code) REFERENCES product (code),
  CONSTRAINT fk_indicatie_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_indicatie_vorige FOREIGN KEY (vorige_id) REFERENCES indicatie (id),
  INDEX ix_indicatie_aanbieder_periode (aanbieder_id, van, tot),
  INDEX ix_indicatie_gemeente_product (gemeente_id, product_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
