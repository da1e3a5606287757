-- Privacy and audit (issue 8): the access log and the audit trail are append-only in the
-- database too, and data-retention settings per kind of record. Additive only.

-- Append-only: an UPDATE or DELETE of a log row is refused by the database itself, whoever asks
-- (the application has no such path; this also stops a mistaken statement in a console).
-- Single-statement triggers (no BEGIN/END), so Flyway needs no delimiter. With binary logging on,
-- creating triggers needs SUPER or log_bin_trust_function_creators=1 (see docs/security.md).
CREATE TRIGGER client_inzage_geen_update BEFORE UPDATE ON client_inzage FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'client_inzage is append-only: UPDATE refused';
CREATE TRIGGER client_inzage_geen_delete BEFORE DELETE ON client_inzage FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'client_inzage is append-only: DELETE refused';
CREATE TRIGGER audit_entry_geen_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: UPDATE refused';
CREATE TRIGGER audit_entry_geen_delete BEFORE DELETE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: DELETE refused';

-- The per-user export of the access log filters on user and period.
CREATE INDEX ix_client_inzage_tijdstip ON client_inzage (tijdstip);

-- Retention per kind of record, in months; the daily job (and POST beheer/bewaartermijnen/toepassen)
-- applies every kind that is active and writes what it did to the audit trail.
CREATE TABLE bewaartermijn (
  soort        VARCHAR(40)  NOT NULL PRIMARY KEY,
  maanden      INT          NOT NULL,
  actief       BOOLEAN      NOT NULL DEFAULT TRUE,
  omschrijving VARCHAR(500) NOT NULL,
  laatst_toegepast_op DATETIME(3) NULL,
  version      BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO bewaartermijn (soort, maanden, omschrijving) VALUES
  ('MELDER_GEGEVENS', 24, 'Naam en contactgegevens van de melder van een gesloten of samengevoegde melding worden gewist zoveel maanden na de laatste handeling op de melding'),
  ('CEO_PSEUDONIEM', 24, 'De koppeling van een CEO-respondent aan het cliëntpseudoniem wordt verbroken zoveel maanden na de trekking van de steekproef');

-- A CEO sample row whose pseudonym link was broken by the retention job (the pseudonym column
-- then holds a random value that matches no client).
ALTER TABLE ceo_steekproef ADD COLUMN ontkoppeld BOOLEAN NOT NULL DEFAULT FALSE;
