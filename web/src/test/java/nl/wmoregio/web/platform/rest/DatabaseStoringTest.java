package nl.wmoregio.web.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseStoringTest {

    @Test
    void recognisesAnUnreachableDatabaseBehindTheWrappers() {
        assertTrue(DatabaseStoring.herken(new EJBException(new PersistenceException(
                new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)")))));
        assertTrue(DatabaseStoring.herken(new PersistenceException(new SQLException("Could not connect", "08000"))));
        assertTrue(DatabaseStoring.herken(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertFalse(DatabaseStoring.herken(new EJBException(new PersistenceException(
                new SQLException("Duplicate entry 'x' for key 'uk'", "23000")))));
        assertFalse(DatabaseStoring.herken(new IllegalStateException("bug")));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DatabaseStoring.herken(loop), "a cause cycle ends the walk");
    }
}
