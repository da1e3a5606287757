package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    static final nl.wmoregio.toegang.boundary.ToewijzingLookup.Contact CONTACT =
            new nl.wmoregio.toegang.boundary.ToewijzingLookup.Contact("van Ôss-Jansen", "JA", "5341 AB", 12, "06-12345678");

    @Test
    void theMessageValidatesAgainstWmo301() throws Exception {
        byte[] xml = Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782", CONTACT,
                List.of(toewijzing(1, "12345678", 4, null), toewijzing(2, "12345678", null, 250_000L)));
        String tekst = Wmo301Schrijver.tekst(xml);
        assertTrue(tekst.contains("<wmo301:BerichtCode>414</wmo301:BerichtCode>"), tekst);
        assertTrue(tekst.contains("<wmo301:ToewijzingNummer>2</wmo301:ToewijzingNummer>"), tekst);
        assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO301, xml));
        assertTrue(tekst.contains("<iwmo:Achternaam>van Ôss-Jansen</iwmo:Achternaam>"), "TR006: the real name");
        assertTrue(tekst.contains("<iwmo:Huisnummer>12</iwmo:Huisnummer>") && tekst.contains("<iwmo:Postcode>5341AB</iwmo:Postcode>"),
                "CD034: the BRP address");
        assertTrue(tekst.contains("<iwmo:Telefoonnummer>0612345678</iwmo:Telefoonnummer>"), tekst);
        assertFalse(tekst.contains("Onbekend"));
    }

    @Test
    void withoutNameAndAddressOrPhoneNoMessageIsWritten() {
        var zonderAdres = new nl.wmoregio.toegang.boundary.ToewijzingLookup.Contact("Jansen", null, null, null, null);
        assertThrows(IwmoXml.XmlFout.class, () -> Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782",
                zonderAdres, List.of(toewijzing(1, "12345678", 4, null))));
    }

    @Test
    void tr302TheSameProductWithOverlappingPeriodsGoesIntoSeparateMessages() {
        Toewijzing a = toewijzing(1, "12345678", 4, null);
        Toewijzing b = toewijzing(2, "12345678", 2, null);
        Toewijzing c = new Toewijzing(3, 7, "p".repeat(64), 1950, 1, "0828", 3, "12345678", "01HV", "01", null, "04", 3,
                "2", null, LocalDate.of(2035, 1, 1), null, null, null, null, null, null);
        List<List<Toewijzing>> groepen = Wmo301Schrijver.zonderStapeling(List.of(a, b, c));
        assertEquals(2, groepen.size());
        assertEquals(List.of(a, c), groepen.get(0));
        assertEquals(List.of(b), groepen.get(1));
    }

    @Test
    void anInvalidMessageIsNeverReturned() {
        // A provider without an 8-digit AGB code cannot be addressed in iWmo.
        assertThrows(IwmoXml.XmlFout.class, () -> Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782", CONTACT,
                List.of(toewijzing(1, "123", 4, null))));
    }

    @Test
    void aWmo302OnOurWmo301ValidatesAgainstItsXsd() throws Exception {
        byte[] xml = Wmo301Schrijver.schrijf("ABC123", LocalDate.of(2035, 1, 3), "123456782", CONTACT,
                List.of(toewijzing(1, "12345678", 4, null), toewijzing(2, "12345678", null, 250_000L)));
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Element root = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml)).getDocumentElement();
        byte[] wmo302 = RetourSchrijver.retour(root, Berichttype.WMO301, "P1", LocalDate.of(2035, 1, 4),
                new RetourSchrijver.Codes(List.of(), List.of(), List.of(List.of(), List.of("9375"))));
        String tekst = new String(wmo302, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(tekst.contains("<wmo302:BerichtCode>415</wmo302:BerichtCode>"), tekst);
        assertTrue(tekst.contains("<wmo302:RetourCode>9375</wmo302:RetourCode>"), tekst);
        assertDoesNotThrow(() -> IwmoXml.valideer(Berichttype.WMO302, wmo302));
    }
}
