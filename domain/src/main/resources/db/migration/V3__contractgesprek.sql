-- Contract management: conversations with a provider, the agreements made and their follow-up.
CREATE TABLE contractgesprek (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  aanbieder_id    BIGINT        NOT NULL,
  datum           DATE          NOT NULL,
  onderwerp       VARCHAR(200)  NOT NULL,
  verslag         VARCHAR(4000) NULL,
  afspraken       VARCHAR(2000) NULL,
  vervolgactie    VARCHAR(500)  NULL,
  vervolgdatum    DATE          NULL,
  actie_afgerond  BOOLEAN       NOT NULL DEFAULT FALSE,
  vastgelegd_door VARCHAR(64)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_gesprek_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  INDEX ix_gesprek_aanbieder_datum (aanbieder_id, datum),
  INDEX ix_gesprek_open_actie (actie_afgerond, vervolgdatum)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
