package nl.wmoregio.ceo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AntwoordenCsvTest {

    static final Map<String, String> VRAGEN = Map.of("V01", "SCHAAL5", "V05", "JANEE");
    static final Set<String> RESPONDENTEN = Set.of("R1", "R2");

    @Test
    void everyBadRowKindIsReportedWithItsLineNumber() {
        String csv = """
                respondent;vraag;antwoord
                R1;V01;4
                R1;V99;4
                R1;V05;3
                R1;V01;5
                R7;V01;4
                R2;V01
                R2;V01;zes
                R2;V05;
                R2;V01;9
                """;
        AntwoordenCsv.Controle c = AntwoordenCsv.controleer(csv, VRAGEN, RESPONDENTEN);
        assertEquals(9, c.regels());
        assertEquals(3, c.goed().size());
        assertEquals(6, c.fouten().size());
        assertFout(c, 0, 3, "VRAAG_ONBEKEND");
        assertFout(c, 1, 4, "ANTWOORD_BUITEN_BEREIK"); // yes/no knows only 1, 2, 8, 9
        assertFout(c, 2, 5, "DUBBELE_RESPONDENT");
        assertFout(c, 3, 6, "RESPONDENT_ONBEKEND");
        assertFout(c, 4, 7, "KOLOMMEN");
        assertFout(c, 5, 8, "ANTWOORD_BUITEN_BEREIK");
        assertNull(c.goed().get(1).antwoord(), "blank is kept as blank");
        assertEquals(9, c.goed().get(2).antwoord());
    }

    @Test
    void codesWordsAndCommasAreAccepted() {
        AntwoordenCsv.Controle c = AntwoordenCsv.controleer("R1,v01,weet niet\nR2,V01,n.v.t.\nR1,V05,1\n", VRAGEN, RESPONDENTEN);
        assertEquals(0, c.fouten().size(), c.fouten().toString());
        assertEquals(9, c.goed().get(0).antwoord());
        assertEquals(8, c.goed().get(1).antwoord());
        assertEquals(1, c.goed().get(2).antwoord());
    }

    @Test
    void scaleAnswersAboveFiveAreOutOfRange() {
        AntwoordenCsv.Controle c = AntwoordenCsv.controleer("respondent;vraag;antwoord\nR1;V01;6\nR1;V05;0\n", VRAGEN, RESPONDENTEN);
        assertEquals(2, c.fouten().size());
        assertEquals("antwoord", c.fouten().get(0).veld());
    }

    private static void assertFout(AntwoordenCsv.Controle c, int index, int regel, String code) {
        assertEquals(regel, c.fouten().get(index).regel(), c.fouten().toString());
        assertEquals(code, c.fouten().get(index).code(), c.fouten().toString());
    }
}
