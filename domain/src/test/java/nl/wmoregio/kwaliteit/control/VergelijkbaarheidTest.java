package nl.wmoregio.kwaliteit.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmoregio.kwaliteit.control.Vergelijkbaarheid.Indicator;
import org.junit.jupiter.api.Test;

class VergelijkbaarheidTest {

    // Method version 1 (id 1): indicators 11, 12. Version 2 (id 2): 21 mapped to 11, 22 new.
    // Version 3 (id 3): 31 mapped to 21 only.
    static final Indicator V1_PLANNEN = new Indicator(11, 1, null);
    static final Indicator V1_VOG = new Indicator(12, 1, null);
    static final Indicator V2_PLANNEN = new Indicator(21, 2, 11L);
    static final Indicator V2_NIEUW = new Indicator(22, 2, null);
    static final Indicator V3_PLANNEN = new Indicator(31, 3, 21L);

    @Test
    void sameVersionSameIndicatorIsComparable() {
        assertTrue(Vergelijkbaarheid.vergelijkbaar(V1_PLANNEN, V1_PLANNEN));
        assertFalse(Vergelijkbaarheid.vergelijkbaar(V1_PLANNEN, V1_VOG), "another indicator of the same version");
    }

    @Test
    void otherVersionOnlyThroughAnExplicitMappingInEitherDirection() {
        assertTrue(Vergelijkbaarheid.vergelijkbaar(V2_PLANNEN, V1_PLANNEN));
        assertTrue(Vergelijkbaarheid.vergelijkbaar(V1_PLANNEN, V2_PLANNEN));
        assertFalse(Vergelijkbaarheid.vergelijkbaar(V2_NIEUW, V1_VOG), "no mapping: not comparable");
        assertFalse(Vergelijkbaarheid.vergelijkbaar(V2_NIEUW, V1_PLANNEN));
    }

    @Test
    void mappingsAreNotFollowedTransitively() {
        assertTrue(Vergelijkbaarheid.vergelijkbaar(V3_PLANNEN, V2_PLANNEN));
        assertFalse(Vergelijkbaarheid.vergelijkbaar(V3_PLANNEN, V1_PLANNEN));
    }

    @Test
    void aSameIdButADifferentMethodIsNotEnough() {
        assertFalse(Vergelijkbaarheid.vergelijkbaar(new Indicator(5, 1, null), new Indicator(6, 2, null)));
    }
}
