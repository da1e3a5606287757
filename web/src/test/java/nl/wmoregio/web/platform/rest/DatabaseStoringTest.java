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

    @Test
    void recognisesADatabaseThatRefusesWritesButNotOtherSqlErrors() {
        assertTrue(DatabaseStoring.weigertSchrijven(new EJBException(new PersistenceException(new SQLException(
                "The MariaDB server is running with the --read-only option so it cannot execute this statement",
                "HY000", 1290)))));
        assertTrue(DatabaseStoring.weigertSchrijven(new PersistenceException(new SQLException("The table 'ceo_antwoord' is full",
                "HY000", 1114))));
        assertTrue(DatabaseStoring.weigertSchrijven(new SQLException("Error writing file './wmo/x.ibd' (Errcode: 28 \"No space left on device\")",
                "HY000", 3)));
        assertFalse(DatabaseStoring.weigertSchrijven(new PersistenceException(new SQLException("Duplicate entry 'x' for key 'uk'",
                "23000", 1062))));
        assertFalse(DatabaseStoring.herken(new SQLException("read-only", "HY000", 1290)), "reachable, so not 'unreachable'");
    }
}
