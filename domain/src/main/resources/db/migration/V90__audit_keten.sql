-- Issue 16 M6: a hash chain over the audit trail, so a deleted or changed audit row shows even when
-- someone with DDL rights got past the append-only triggers (DROP TRIGGER, TRUNCATE).
-- One chain row per audit_entry row, in the order the rows were sealed (volgnummer 1, 2, 3, ...
-- without gaps): hash = SHA-256(vorige_hash || the audit row's content). Rows are sealed after they
-- committed, by AuditKeten (one sealer at a time, MariaDB lock 'wmo_audit_keten'), so writing an
-- audit row never waits for the chain and a long transaction cannot hold it up.
CREATE TABLE audit_keten (
  volgnummer  BIGINT      NOT NULL PRIMARY KEY,
  audit_id    BIGINT      NOT NULL,
  vorige_hash CHAR(64)    NOT NULL,
  hash        CHAR(64)    NOT NULL,
  verzegeld_op DATETIME(3) NOT NULL,
  UNIQUE KEY uk_audit_keten_audit (audit_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- The chain is append-only like the trail it protects.
CREATE TRIGGER audit_keten_geen_update BEFORE UPDATE ON audit_keten FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_keten is append-only: UPDATE refused';
CREATE TRIGGER audit_keten_geen_delete BEFORE DELETE ON audit_keten FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_keten is append-only: DELETE refused';
