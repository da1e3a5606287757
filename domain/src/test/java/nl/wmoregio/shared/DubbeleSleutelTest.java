package nl.wmoregio.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DubbeleSleutelTest {

    @Test
    void onlyAUniqueKeyViolationCountsAsDuplicate() {
        assertTrue(DubbeleSleutel.herken(new PersistenceException(new SQLException(
                "Duplicate entry 'abc' for key 'uk_iwmo_bericht_hash'", "23000", 1062))));
        assertFalse(DubbeleSleutel.herken(new PersistenceException(new SQLException(
                "The MariaDB server is running with the --read-only option", "HY000", 1290))));
        assertFalse(DubbeleSleutel.herken(new PersistenceException(new SQLException("The table 'x' is full", "HY000", 1114))));
        assertFalse(DubbeleSleutel.herken(new PersistenceException("no SQL cause")));
    }
}
