package nl.wmoregio.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeeftijdsklassenTest {

    @Test
    void theSeedBandsAtTheirEdges() {
        assertEquals("0-17", Leeftijdsklassen.klasse(17));
        assertEquals("18-23", Leeftijdsklassen.klasse(18));
        assertEquals("18-23", Leeftijdsklassen.klasse(23));
        assertEquals("24-54", Leeftijdsklassen.klasse(24));
        assertEquals("24-54", Leeftijdsklassen.klasse(54));
        assertEquals("55-75", Leeftijdsklassen.klasse(55));
        assertEquals("55-75", Leeftijdsklassen.klasse(74));
        assertEquals("75+", Leeftijdsklassen.klasse(75));
    }

    @Test
    void theBandIsTakenAtTheGivenDateNotToday() {
        assertEquals("18-23", Leeftijdsklassen.klasse(1998, LocalDate.of(2021, 3, 1)));
        assertEquals("24-54", Leeftijdsklassen.klasse(1998, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void segment1BOnlyForYoungAdultsAnd3OnlyFrom75() {
        assertTrue(Leeftijdsklassen.segmentPast("1B", 20));
        assertFalse(Leeftijdsklassen.segmentPast("1B", 60));
        assertFalse(Leeftijdsklassen.segmentPast("3", 74));
        assertTrue(Leeftijdsklassen.segmentPast("3", 75));
        assertTrue(Leeftijdsklassen.segmentPast("2", 60));
        DomainException e = assertThrows(DomainException.class,
                () -> Leeftijdsklassen.controleerSegment("1B", 1961, LocalDate.of(2021, 5, 1), "segment"));
        assertEquals("SEGMENT_PAST_NIET_BIJ_LEEFTIJD", e.code());
        assertEquals("segment", e.field());
        Leeftijdsklassen.controleerSegment("1B", 2000, LocalDate.of(2021, 5, 1), "segment");
    }
}
