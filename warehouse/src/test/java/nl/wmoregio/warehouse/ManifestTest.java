package nl.wmoregio.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incremental extract's bookkeeping (no Spark, no database). */
class ManifestTest {

    @Test
    void differenceNamesNewChangedAndVanishedPartitions() {
        Manifest oud = new Manifest("d", Map.of("2024|1", "10:5", "2024|2", "12:7", "2023|12", "3:1"));
        Manifest nu = new Manifest("d", Map.of("2024|1", "10:5", "2024|2", "12:8", "2024|3", "4:2"));
        Manifest.Verschil v = oud.verschil(nu);
        assertEquals(List.of("2024|2", "2024|3"), v.gewijzigd());
        assertEquals(List.of("2023|12"), v.verdwenen());
        assertTrue(oud.verschil(oud).leeg());
    }

    @Test
    void roundTripAndCorruptOrIncompleteManifestsReadAsNone() {
        Manifest m = new Manifest("abc", Map.of("2024|1", "10:5", Manifest.ALLES, "0:null"));
        assertEquals(m, Manifest.lees(m.alsTekst()));
        assertNull(Manifest.lees(null));
        assertNull(Manifest.lees("definitie=abc\npartities=3\np.2024|1=10:5\n")); // truncated
        assertNull(Manifest.lees("partities=0\n")); // no definition
        assertNull(Manifest.lees("definitie=abc\npartities=x\n"));
        assertNull(Manifest.lees("\\u00zz broken escape"));
    }

    @Test
    void definitionHashChangesWithTheSource() {
        assertEquals(Manifest.definitie(Bronnen.DECLARATIE), Manifest.definitie(Bronnen.DECLARATIE));
        assertNotEquals(Manifest.definitie(Bronnen.DECLARATIE), Manifest.definitie(Bronnen.INDICATIE));
        Bronnen.Bron ander = new Bronnen.Bron(Bronnen.DECLARATIE.naam(), Bronnen.DECLARATIE.tabel(),
                Bronnen.DECLARATIE.select(), "id", List.of("jaar"), true, Bronnen.DECLARATIE.schema());
        assertNotEquals(Manifest.definitie(Bronnen.DECLARATIE), Manifest.definitie(ander));
    }

    @Test
    void onlyTheChangedPartitionsAreSelected() {
        assertEquals("SELECT * FROM (" + Bronnen.DECLARATIE.select() + ") AS x WHERE (x.jaar = 2025 AND x.maand = 7)"
                + " OR (x.jaar = 2024 AND x.maand = 12)",
                Extract.gefilterd(Bronnen.DECLARATIE, List.of("2025|7", "2024|12")));
        assertEquals("SELECT * FROM (" + Bronnen.BEVINDING.select() + ") AS x WHERE (x.jaar IS NULL) OR (x.jaar = 'a''b')",
                Extract.gefilterd(Bronnen.BEVINDING, List.of(Manifest.NULL, "a'b")));
    }
}
