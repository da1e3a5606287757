package nl.wmoregio.toezicht.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 11 on a hand-computed set. Gemeenten: 1 Boxmeer and 2 Cuijk went up in 3 Land van
 * Cuijk; 4 Oss stays; 5 Grave went up in 2 (Cuijk) before that, so 5 -> 2 -> 3 (a chain).
 * Providers: 100 had clients in 1 and 2 (both end in 3: counted once), 200 in 4 and 5, 300 nowhere.
 */
class JaarcijfersTest {

    static final Map<Long, Long> OPVOLGER = Map.of(1L, 3L, 2L, 3L, 5L, 2L);
    static final Map<Long, Set<Long>> CLIENTEN = Map.of(100L, Set.of(1L, 2L), 200L, Set.of(4L, 5L));

    static final List<Jaarcijfers.Onderzoekfeit> ONDERZOEKEN = List.of(
            new Jaarcijfers.Onderzoekfeit(11, 1L, 100, 2),   // Boxmeer -> Land van Cuijk, 2 measures
            new Jaarcijfers.Onderzoekfeit(12, 4L, 200, 0),   // Oss
            new Jaarcijfers.Onderzoekfeit(13, null, 100, 1), // region-wide, provider in 1 and 2 -> Land van Cuijk once
            new Jaarcijfers.Onderzoekfeit(14, null, 200, 3), // region-wide, provider in Oss and Grave (-> Land van Cuijk)
            new Jaarcijfers.Onderzoekfeit(15, null, 300, 5)); // region-wide, provider without clients: only the region-wide row

    @Test
    void mergedGemeentenCountUnderTheEndOfTheirChain() {
        assertEquals(3, Jaarcijfers.huidige(1, OPVOLGER));
        assertEquals(3, Jaarcijfers.huidige(5, OPVOLGER), "Grave -> Cuijk -> Land van Cuijk");
        assertEquals(4, Jaarcijfers.huidige(4, OPVOLGER));
        long einde = Jaarcijfers.huidige(7, Map.of(7L, 8L, 8L, 7L));
        assertTrue(einde == 7 || einde == 8, "a cycle in bad data ends");
    }

    @Test
    void regionWideOnderzoekenHaveTheirOwnRowAndCountForEveryGemeenteTheyConcern() {
        List<Jaarcijfers.Rij> rijen = Jaarcijfers.bereken(List.of(1L, 2L, 3L, 4L, 5L), OPVOLGER, ONDERZOEKEN,
                Map.of(1L, 2L, 3L, 1L, 4L, 4L, 5L, 1L), CLIENTEN);
        assertEquals(3, rijen.size(), "Land van Cuijk, Oss and the region-wide row: predecessors have no row: " + rijen);
        Jaarcijfers.Rij lvc = rijen.get(0);
        assertEquals(3L, lvc.gemeenteId());
        assertEquals(4, lvc.meldingen(), "2 of Boxmeer + 1 own + 1 of Grave");
        assertEquals(1, lvc.onderzoekenGemeente(), "onderzoek 11 of Boxmeer");
        assertEquals(2, lvc.onderzoekenRegiobreed(), "13 (provider 100 in Boxmeer and Cuijk: once) and 14 (provider 200 in Grave)");
        assertEquals(3, lvc.onderzoeken());
        assertEquals(2 + 1 + 3, lvc.maatregelen());
        Jaarcijfers.Rij oss = rijen.get(1);
        assertEquals(4L, oss.gemeenteId());
        assertEquals(4, oss.meldingen());
        assertEquals(1, oss.onderzoekenGemeente());
        assertEquals(1, oss.onderzoekenRegiobreed(), "14 only");
        assertEquals(0 + 3, oss.maatregelen());
        Jaarcijfers.Rij regio = rijen.get(2);
        assertNull(regio.gemeenteId());
        assertEquals(0, regio.meldingen());
        assertEquals(0, regio.onderzoekenGemeente());
        assertEquals(3, regio.onderzoekenRegiobreed(), "13, 14 and 15, each once");
        assertEquals(1 + 3 + 5, regio.maatregelen());
    }

    @Test
    void aGemeenteWithoutFiguresStillHasItsRowAndFiguresOfAnUnlistedGemeenteAreNotLost() {
        List<Jaarcijfers.Rij> rijen = Jaarcijfers.bereken(List.of(6L), OPVOLGER, List.of(new Jaarcijfers.Onderzoekfeit(1, 1L, 100, 0)),
                Map.of(), Map.of());
        assertEquals(List.of(new Jaarcijfers.Rij(6L, 0, 0, 0, 0), new Jaarcijfers.Rij(3L, 0, 1, 0, 0), new Jaarcijfers.Rij(null, 0, 0, 0, 0)),
                rijen);
    }

    @Test
    void betreftIsTheSameRuleForTheJaarverslagOfOneGemeente() {
        assertTrue(Jaarcijfers.betreft(ONDERZOEKEN.get(0), 3, OPVOLGER, CLIENTEN), "Boxmeer's onderzoek is Land van Cuijk's");
        assertFalse(Jaarcijfers.betreft(ONDERZOEKEN.get(0), 1, OPVOLGER, CLIENTEN), "and no longer Boxmeer's own");
        assertTrue(Jaarcijfers.betreft(ONDERZOEKEN.get(3), 4, OPVOLGER, CLIENTEN));
        assertTrue(Jaarcijfers.betreft(ONDERZOEKEN.get(3), 3, OPVOLGER, CLIENTEN), "through Grave");
        assertFalse(Jaarcijfers.betreft(ONDERZOEKEN.get(2), 4, OPVOLGER, CLIENTEN));
        assertFalse(Jaarcijfers.betreft(ONDERZOEKEN.get(4), 3, OPVOLGER, CLIENTEN));
        assertFalse(Jaarcijfers.betreft(ONDERZOEKEN.get(4), 4, OPVOLGER, CLIENTEN));
    }
}
