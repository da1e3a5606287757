package nl.wmoregio.inkoop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DashboardGeheugenTest {

    @Test
    void aYearIsComputedOnceWithinTheMinuteAndEachYearApart() {
        DashboardGeheugen geheugen = new DashboardGeheugen();
        AtomicInteger berekeningen = new AtomicInteger();
        assertEquals("2023#1", geheugen.voor(2023, () -> "2023#" + berekeningen.incrementAndGet()));
        assertEquals("2023#1", geheugen.voor(2023, () -> "2023#" + berekeningen.incrementAndGet()));
        assertEquals("2024#2", geheugen.voor(2024, () -> "2024#" + berekeningen.incrementAndGet()));
        assertEquals(2, berekeningen.get());
    }
}
