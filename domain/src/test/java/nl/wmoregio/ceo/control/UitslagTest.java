package nl.wmoregio.ceo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed: Wilson 95% interval p~ = (p + z²/2n) / (1 + z²/n), half width
 * z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n), z = 1.96.
 */
class UitslagTest {

    @Test
    void sharePositiveAmongThoseWithAnOpinionWithWilsonInterval() {
        // 12 answers: 9 with an opinion (5,4,4,3,2,5,1,4,4), of which 6 are 4 or 5; weet niet, n.v.t. and blank excluded.
        List<Integer> antwoorden = Arrays.asList(5, 4, 4, 3, 2, 9, 8, null, 5, 1, 4, 4);
        Uitslag.Cijfer c = Uitslag.bereken("SCHAAL5", antwoorden);
        assertEquals(9, c.n());
        assertEquals(6, c.positief());
        assertEquals(3, c.zonderOordeel());
        // p = 6/9 = 66.67%; z²/n = 0.42684, noemer 1.42684, midden 0.61681, half 0.26261
        assertEquals(66.7, c.percentage(), 0.05);
        assertEquals(35.4, c.ciLaag(), 0.05);
        assertEquals(87.9, c.ciHoog(), 0.05);
        assertFalse(c.onderdrukt());
    }

    @Test
    void eightOutOfTenGivesTheTextbookWilsonInterval() {
        Uitslag.Cijfer c = Uitslag.cijfer(10, 8, 0);
        assertEquals(80.0, c.percentage(), 0.05);
        assertEquals(49.0, c.ciLaag(), 0.05);
        assertEquals(94.3, c.ciHoog(), 0.05);
    }

    @Test
    void theIntervalStaysWithinZeroAndHundred() {
        Uitslag.Cijfer alle = Uitslag.cijfer(10, 10, 0);
        assertEquals(72.2, alle.ciLaag(), 0.05);
        assertEquals(100.0, alle.ciHoog(), 0.05);
        Uitslag.Cijfer geen = Uitslag.cijfer(12, 0, 0);
        assertEquals(0.0, geen.ciLaag(), 0.05);
        assertEquals(24.2, geen.ciHoog(), 0.05);
    }

    @Test
    void yesNoCountsJaAsPositive() {
        Uitslag.Cijfer c = Uitslag.bereken("JANEE", Arrays.asList(1, 2, 2, 1, 9, null));
        assertEquals(4, c.n());
        assertEquals(2, c.positief());
        assertEquals(2, c.zonderOordeel());
        assertEquals(50.0, c.percentage(), 0.05);
    }

    @Test
    void noOpinionAtAllGivesNoPercentage() {
        Uitslag.Cijfer c = Uitslag.bereken("SCHAAL5", Arrays.asList(9, 8, null));
        assertEquals(0, c.n());
        assertNull(c.percentage());
        assertEquals(3, c.zonderOordeel());
    }

    @Test
    void breakdownCellsBelowTenAreSuppressed() {
        Uitslag.Cijfer negen = Uitslag.cel(9, 9, 1);
        assertTrue(negen.onderdrukt());
        assertNull(negen.percentage());
        assertNull(negen.ciLaag());
        assertEquals(0, negen.positief(), "the count itself would reveal the share");
        Uitslag.Cijfer tien = Uitslag.cel(10, 8, 0);
        assertFalse(tien.onderdrukt());
        assertEquals(80.0, tien.percentage(), 0.05);
    }

    @Test
    void wilsonRefusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> Uitslag.wilson(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Uitslag.wilson(0, 0));
    }
}
