package nl.wmoregio.inkoop.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Periode;
import org.junit.jupiter.api.Test;

/** Issue 13 rule 6 at its rule point: index into the next year, stated index against last year, the tariff window. */
class TariefRegelsTest {

    @Test
    void indexingRoundsHalfUpToWholeCents() {
        assertEquals(51_250, TariefRegels.geindexeerd(50_000, new BigDecimal("2.5")));
        assertEquals(10_253, TariefRegels.geindexeerd(10_003, new BigDecimal("2.5")), "10253.075 rounds to 10253");
        assertEquals(10_254, TariefRegels.geindexeerd(10_004, new BigDecimal("2.5")), "10254.1 rounds to 10254");
        assertEquals(1_026, TariefRegels.geindexeerd(1_000, new BigDecimal("2.55")), "1025.5 rounds half up");
    }

    @Test
    void aStatedIndexThatDisagreesWithLastYearIsRefused() {
        assertDoesNotThrow(() -> TariefRegels.indexatieKlopt(50_000L, 51_250, new BigDecimal("2.50"), 2024));
        assertDoesNotThrow(() -> TariefRegels.indexatieKlopt(50_000L, 51_251, new BigDecimal("2.50"), 2024), "one cent of rounding");
        assertDoesNotThrow(() -> TariefRegels.indexatieKlopt(null, 99_999, new BigDecimal("7"), 2024), "no tariff last year");
        assertDoesNotThrow(() -> TariefRegels.indexatieKlopt(50_000L, 50_000, null, 2024), "no index: the same amount");
        DomainException e = assertThrows(DomainException.class,
                () -> TariefRegels.indexatieKlopt(50_000L, 55_000, new BigDecimal("2.5"), 2024));
        assertEquals("TARIEF_INDEXATIE_AFWIJKEND", e.code());
        assertEquals("indexatiePct", e.field());
        assertTrue(e.getMessage().contains("51250"), e.getMessage());
        assertThrows(DomainException.class, () -> TariefRegels.indexatieKlopt(50_000L, 51_250, null, 2024), "a raise stated as 0%");
    }

    @Test
    void anExtendedDeelovereenkomstExtendsTheWindow() {
        Periode procedure = new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        assertTrue(TariefRegels.inVenster(2023, List.of(procedure)));
        assertFalse(TariefRegels.inVenster(2024, List.of(procedure)));
        Periode verlengd = new Periode(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
        assertTrue(TariefRegels.inVenster(2024, List.of(procedure, verlengd)));
        assertFalse(TariefRegels.inVenster(2025, List.of(procedure, verlengd)));
    }
}
