-- iWmo 3.2 to the standard (issue 15): retour messages, message-level rules, credit lines and the
-- client's contact data for WMO301.

-- The retour message (WMO325/WMO306/WMO308) as written and validated, and what the message-level
-- rules need: the DeclaratieNummer (TR333) and whether the message was refused as a whole.
ALTER TABLE iwmo_bericht
  ADD COLUMN declaratienummer  VARCHAR(12) NULL COMMENT 'WMO323 DeclaratieNummer; only when the message was not refused as a whole (TR333)',
  ADD COLUMN retour_code       CHAR(3)     NULL COMMENT 'COD002 code of the retour message: 485 WMO325, 419 WMO306, 421 WMO308',
  ADD COLUMN retour            MEDIUMTEXT  NULL COMMENT 'the retour message (XML, valid against its XSD)',
  ADD COLUMN geheel_afgekeurd  BOOLEAN     NOT NULL DEFAULT FALSE,
  ADD INDEX ix_iwmo_bericht_identificatie (afzender, berichtcode, identificatie),
  ADD INDEX ix_iwmo_bericht_declaratienummer (aanbieder_id, declaratienummer);

-- Credit lines: a credit (C) cancels an accepted debet (D) by its reference; it is stored with a
-- negative volume and amount so every sum stays right, and points at the debet it cancels.
ALTER TABLE declaratie_regel
  ADD COLUMN debet_credit CHAR(1) NOT NULL DEFAULT 'D',
  ADD COLUMN credit_van   BIGINT  NULL COMMENT 'for a credit line: the debet line it cancels',
  DROP INDEX uk_declaratie_regel_referentie,
  ADD CONSTRAINT uk_declaratie_regel_referentie_dc UNIQUE (aanbieder_id, referentie, debet_credit),
  ADD CONSTRAINT uk_declaratie_regel_credit_van UNIQUE (credit_van),
  ADD CONSTRAINT fk_declaratie_regel_credit_van FOREIGN KEY (credit_van) REFERENCES declaratie_regel (id);

-- Client contact data (name, postcode, huisnummer, phone): encrypted at rest like the BSN
-- (AES-256-GCM, key wmo.bsn-sleutel, ADR 0008), all nullable (older and generated clients have
-- none). Never copied to the lake or the warehouse.
ALTER TABLE client
  ADD COLUMN achternaam_versleuteld  VARCHAR(512) NULL,
  ADD COLUMN voorletters_versleuteld VARCHAR(128) NULL,
  ADD COLUMN postcode_versleuteld    VARCHAR(128) NULL,
  ADD COLUMN huisnummer_versleuteld  VARCHAR(128) NULL,
  ADD COLUMN telefoon_versleuteld    VARCHAR(128) NULL;
