package nl.wmoregio.gebruiker.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Issue 16, L19: the first BEHEERDER from the environment only when none is active, never with a weak password. */
class EersteBeheerderTest {

    @Test
    void onlyWithBothValuesAndNoActiveBeheerder() {
        assertTrue(EersteBeheerder.nodig("a.admin", "een lange zin over de Maas", 0));
        assertFalse(EersteBeheerder.nodig("a.admin", "een lange zin over de Maas", 1));
        assertFalse(EersteBeheerder.nodig(null, "een lange zin over de Maas", 0));
        assertFalse(EersteBeheerder.nodig("a.admin", null, 0));
        assertThrows(DomainException.class, () -> EersteBeheerder.nodig("a.admin", "wmo-demo", 0));
    }
}
