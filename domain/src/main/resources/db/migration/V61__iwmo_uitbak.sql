-- The WMO301 outbox per provider (issue 15): a new or changed toewijzing of a client puts a WMO301
-- (all that client's toewijzingen at the provider) in the outbox; the provider fetches it, and its
-- WMO302 retour is recorded on the item.
CREATE TABLE iwmo_uitbak (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  berichtcode    CHAR(3)      NOT NULL COMMENT 'COD002: 414 WMO301',
  aanbieder_id   BIGINT       NOT NULL,
  gemeente_id    BIGINT       NOT NULL,
  client_id      BIGINT       NOT NULL,
  identificatie  VARCHAR(12)  NOT NULL COMMENT 'BerichtIdentificatie/Identificatie of the message',
  kenmerk        CHAR(64)     NOT NULL COMMENT 'SHA-256 of the toewijzingen as written: a change gives a new message',
  inhoud         MEDIUMTEXT   NOT NULL COMMENT 'the message (XML, valid against WMO301.xsd); holds the BSN',
  status         VARCHAR(20)  NOT NULL COMMENT 'AANGEMAAKT, OPGEHAALD, RETOUR_ONTVANGEN',
  aangemaakt_op  DATETIME(3)  NOT NULL,
  opgehaald_op   DATETIME(3)  NULL,
  opgehaald_door VARCHAR(100) NULL,
  retour_op      DATETIME(3)  NULL,
  retour_codes   VARCHAR(500) NULL COMMENT 'WJ001 codes of the WMO302',
  CONSTRAINT uk_iwmo_uitbak_identificatie UNIQUE (aanbieder_id, identificatie),
  CONSTRAINT fk_iwmo_uitbak_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id),
  CONSTRAINT fk_iwmo_uitbak_gemeente FOREIGN KEY (gemeente_id) REFERENCES gemeente (id),
  CONSTRAINT fk_iwmo_uitbak_client FOREIGN KEY (client_id) REFERENCES client (id),
  INDEX ix_iwmo_uitbak_client (aanbieder_id, client_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
