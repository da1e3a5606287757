package nl.wmoregio.gebruiker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.wmoregio.gebruiker.entity.Gebruiker;
import org.junit.jupiter.api.Test;

/** Issue 16, L19: with demo data off, exactly the demo accounts that still have the demo password are switched off. */
class DemoGebruikersTest {

    @Test
    void onlyDemoNamesWithTheDemoPasswordAreDeactivated() {
        Gebruiker demo = new Gebruiker("beheerder", "DEMO-HASH", "Bea Beheer", Set.of("BEHEERDER"), null);
        Gebruiker overgenomen = new Gebruiker("inkoop", "EIGEN-HASH", "Ivo Inkoop", Set.of("INKOOP"), null);
        Gebruiker echt = new Gebruiker("p.jansen", "DEMO-HASH", "Piet Jansen", Set.of("BEHEERDER"), null);
        Gebruiker alUit = new Gebruiker("melder", "DEMO-HASH", "Meldaccount", Set.of("MELDER"), null);
        alUit.setActief(false);
        List<Gebruiker> uit = DemoGebruikers.teDeactiveren(List.of(demo, overgenomen, echt, alUit), "DEMO-HASH"::equals);
        assertEquals(List.of(demo), uit);
    }
}
