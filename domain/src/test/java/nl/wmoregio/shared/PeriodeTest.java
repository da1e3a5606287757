package nl.wmoregio.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    static Periode p(String van, String tot) {
        return new Periode(LocalDate.parse(van), tot == null ? null : LocalDate.parse(tot));
    }

    @Test
    void closedPeriodsTouchingOnOneDayOverlapBecauseEndsAreInclusive() {
        assertTrue(p("2020-01-01", "2021-12-31").overlaps(p("2021-12-31", null)));
        assertFalse(p("2020-01-01", "2021-12-31").overlaps(p("2022-01-01", null)));
    }

    @Test
    void openEndedPeriodsOverlapEverythingAfterTheirStart() {
        assertTrue(p("2020-01-01", null).overlaps(p("2030-05-01", "2030-06-01")));
        assertFalse(p("2020-01-01", null).overlaps(p("2019-01-01", "2019-12-31")));
        assertTrue(p("2020-01-01", null).overlaps(p("2019-01-01", null)));
    }

    @Test
    void enclosesRequiresBothEndsInside() {
        assertTrue(p("2020-01-01", null).encloses(p("2020-01-01", "2023-12-31")));
        assertTrue(p("2020-01-01", "2021-12-31").encloses(p("2020-06-01", "2021-12-31")));
        assertFalse(p("2020-01-01", "2021-12-31").encloses(p("2020-06-01", null)));
        assertFalse(p("2020-01-01", "2021-12-31").encloses(p("2019-12-31", "2020-02-01")));
    }

    @Test
    void containsAndValidity() {
        assertTrue(p("2020-01-01", "2020-01-01").contains(LocalDate.parse("2020-01-01")));
        assertFalse(p("2020-01-02", "2020-01-01").isValid());
        assertThrows(IllegalArgumentException.class, () -> new Periode(null, null));
    }

    @Test
    void pageRequestRefusesOutOfRangeValuesNamingTheParameter() {
        DomainException size = assertThrows(DomainException.class, () -> new PageRequest(0, 0, null, true));
        DomainException page = assertThrows(DomainException.class, () -> new PageRequest(-1, 10, null, true));
        assertTrue(size.field().equals("size") && page.field().equals("page"));
        assertThrows(DomainException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, null, true));
    }
}
