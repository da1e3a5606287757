-- Issue 16 M10: a provider's reporting account (role MELDER) belongs to one provider; a calamiteit
-- is reported in the name of that provider only (taken from the account, never from the request).
ALTER TABLE gebruiker
  ADD COLUMN aanbieder_id BIGINT NULL COMMENT 'only for role MELDER: the provider this reporting account belongs to',
  ADD CONSTRAINT fk_gebruiker_aanbieder FOREIGN KEY (aanbieder_id) REFERENCES aanbieder (id);
