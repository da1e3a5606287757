package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IwmoXmlTest {

    static final String GELDIG = Voorbeelden.wmo323("12345678", "0828", "D1", "123456782", 2500,
            Voorbeelden.prestatie("R1", 42, "02", "02BIR", "2035-01-01", "2035-01-31", 1, "82", 2500L, 2500));

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidWmo323IsReadWithItsLines() throws Exception {
        IwmoXml.Gelezen gelezen = IwmoXml.lees(bytes(GELDIG));
        assertEquals(Berichttype.WMO323, gelezen.type());
        Berichten.Declaratie d = Berichten.declaratie(gelezen.document().getDocumentElement());
        assertEquals("12345678", d.header().afzender());
        assertEquals("0828", d.header().ontvanger());
        assertEquals(1, d.prestaties().size());
        Declaratiecontrole.Prestatie p = d.prestaties().get(0);
        assertEquals("R1", p.referentie());
        assertEquals(42, p.toewijzingNummer());
        assertEquals(LocalDate.of(2035, 1, 31), p.eind());
        assertEquals(2500L, p.tarief());
    }

    @Test
    void aSchemaErrorNamesLineColumnAndElement() {
        String fout = GELDIG.replace("<wmo323:Bsn>123456782</wmo323:Bsn>", "<wmo323:Bsn>12345</wmo323:Bsn>");
        IwmoXml.XmlFout e = assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes(fout)));
        assertEquals("Bericht/Declaratie/Clienten/Client[1]/Bsn", e.element(), e.volledig());
        assertEquals(8, e.regel(), e.volledig());
        assertTrue(e.kolom() > 0);
        assertTrue(e.volledig().startsWith("Regel 8, kolom "), e.volledig());
    }

    @Test
    void aMissingElementIsNamed() {
        String fout = GELDIG.replace("<wmo323:Eenheid>82</wmo323:Eenheid>", "");
        IwmoXml.XmlFout e = assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes(fout)));
        assertTrue(e.element().startsWith("Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]"), e.volledig());
        assertTrue(e.getMessage().contains("ProductTarief") || e.getMessage().contains("Eenheid"), e.volledig());
    }

    @Test
    void malformedXmlGivesTheLine() {
        String fout = GELDIG.replace("</wmo323:DeclaratieDagtekening>", "</wmo323:Dagtekening>");
        IwmoXml.XmlFout e = assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes(fout)));
        assertEquals(6, e.regel(), e.volledig());
        assertEquals("Bericht/Declaratie/DeclaratieDagtekening", e.element(), e.volledig());
    }

    @Test
    void externalEntitiesAndDtdsAreRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + GELDIG.substring(GELDIG.indexOf('\n') + 1).replace("D1</iwmo:Identificatie>", "&x;</iwmo:Identificatie>");
        IwmoXml.XmlFout e = assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes(xxe)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.volledig());
        String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>";
        assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes(lol)));
    }

    @Test
    void otherMessagesAndEmptyOrHugeFilesAreRefused() {
        assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(bytes("<a xmlns=\"urn:x\"/>")));
        assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(new byte[0]));
        assertThrows(IwmoXml.XmlFout.class, () -> IwmoXml.lees(new byte[IwmoXml.MAX_BYTES + 1]));
    }
}
