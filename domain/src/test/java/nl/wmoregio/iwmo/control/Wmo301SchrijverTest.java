package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.toegang.boundary.ToewijzingLookup.Toewijzing;
import org.junit.jupiter.api.Test;

class Wmo301SchrijverTest {

    static Toewijzing toewijzing(long nummer, String agb, Integer volume, Long budget) {
        return new Toewijzing(nummer, 7, "p".repeat(64), 1950, 1, "0828", 3, agb, "02BIR", "02", "A", "82", volume,
                volume == null ? null : "4", budget, LocalDate.of(2035, 1, 1), LocalDate.of(2035, 12, 31), null, null, null,
                null, LocalDateTime.of(2035, 1, 2, 10, 15));
    }

    @Test
    void theMessageValidatesAgainstWmo301() throws Exception {
        byte[] xml = Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782",
                List.of(toewijzing(1, "12345678", 4, null), toewijzing(2, "12345678", null, 250_000L)));
        String tekst = Wmo301Schrijver.tekst(xml);
        assertTrue(tekst.contains("<wmo301:BerichtCode>414</wmo301:BerichtCode>"), tekst);
        assertTrue(tekst.contains("<wmo301:ToewijzingNummer>2</wmo301:ToewijzingNummer>"), tekst);
        assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO301, xml));
    }

    @Test
    void anInvalidMessageIsNeverReturned() {
        // A provider without an 8-digit AGB code cannot be addressed in iWmo.
        assertThrows(IwmoXml.XmlFout.class, () -> Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782",
                List.of(toewijzing(1, "123", 4, null))));
    }
}
