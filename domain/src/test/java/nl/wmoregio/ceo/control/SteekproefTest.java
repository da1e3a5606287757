package nl.wmoregio.ceo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SteekproefTest {

    static List<Steekproef.Kandidaat> populatie() {
        List<Steekproef.Kandidaat> p = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            p.add(new Steekproef.Kandidaat(String.format("%064d", i), "HV", 1L));
        }
        for (int i = 600; i < 900; i++) {
            p.add(new Steekproef.Kandidaat(String.format("%064d", i), "BG", 2L));
        }
        for (int i = 900; i < 1000; i++) {
            p.add(new Steekproef.Kandidaat(String.format("%064d", i), "DB", 3L));
        }
        return p;
    }

    @Test
    void theSameSeedGivesTheSameSampleWhateverTheRowOrder() {
        List<Steekproef.Kandidaat> a = populatie();
        List<Steekproef.Kandidaat> b = populatie();
        Collections.shuffle(b, new Random(1));
        assertEquals(Steekproef.trek(a, 200, 42L), Steekproef.trek(b, 200, 42L));
        assertNotEquals(Steekproef.trek(a, 200, 42L), Steekproef.trek(a, 200, 43L), "another seed, another sample");
    }

    @Test
    void strataAreProportionalAndAddUpToTheRequestedSize() {
        List<Steekproef.Kandidaat> s = Steekproef.trek(populatie(), 200, 7L);
        assertEquals(200, s.size());
        Map<String, Long> perGroep = s.stream().collect(Collectors.groupingBy(Steekproef.Kandidaat::productgroep, Collectors.counting()));
        assertEquals(120, perGroep.get("HV"));
        assertEquals(60, perGroep.get("BG"));
        assertEquals(20, perGroep.get("DB"));
        assertEquals(200, s.stream().map(Steekproef.Kandidaat::pseudoniem).distinct().count(), "no client twice");
    }

    @Test
    void largestRemainderKeepsTheTotal() {
        // 1000 over 3 strata 600/300/100 with n = 7: exact 4.2 / 2.1 / 0.7 -> 4 / 2 / 1
        Map<String, Long> perGroep = Steekproef.trek(populatie(), 7, 1L).stream()
                .collect(Collectors.groupingBy(Steekproef.Kandidaat::productgroep, Collectors.counting()));
        assertEquals(4, perGroep.get("HV"));
        assertEquals(2, perGroep.get("BG"));
        assertEquals(1, perGroep.get("DB"));
    }

    @Test
    void aSampleAsLargeAsThePopulationTakesEveryone() {
        assertEquals(1000, Steekproef.trek(populatie(), 5000, 1L).size());
    }
}
