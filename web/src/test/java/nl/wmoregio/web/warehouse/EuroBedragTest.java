package nl.wmoregio.web.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EuroBedragTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void dutchNotationWithThousandsAndTwoDecimals() {
        assertEquals(125_000_000L, EuroBedrag.centen("1.250.000,00", NL));
        assertEquals(125_000_050L, EuroBedrag.centen("€ 1250000,5", NL));
        assertEquals(700L, EuroBedrag.centen("7", NL));
        assertEquals(0L, EuroBedrag.centen("0,00", NL));
        assertEquals(-100L, EuroBedrag.centen("-1", NL), "the sign is kept for the domain rule");
    }

    @Test
    void notAnAmount() {
        assertNull(EuroBedrag.centen("12,345", NL), "three decimals");
        assertNull(EuroBedrag.centen("12.50", NL), "a dot is a thousands separator in Dutch");
        assertNull(EuroBedrag.centen("veel", NL));
        assertNull(EuroBedrag.centen("", NL));
        assertNull(EuroBedrag.centen(null, NL));
        assertNull(EuroBedrag.centen("1.25.000", NL));
        assertNull(EuroBedrag.centen("9999999999999999", NL), "too long for cents");
    }

    @Test
    void englishNotation() {
        assertEquals(125_000_000L, EuroBedrag.centen("1,250,000.00", Locale.ENGLISH));
        assertEquals(1250L, EuroBedrag.centen("12.50", Locale.ENGLISH));
        assertNull(EuroBedrag.centen("12,50", Locale.ENGLISH));
    }

    @Test
    void shownInTheLocalesNotation() {
        assertEquals("1.250.000,00", EuroBedrag.tekst(125_000_000L, NL));
        assertEquals("1,250,000.00", EuroBedrag.tekst(125_000_000L, Locale.ENGLISH));
        assertEquals("", EuroBedrag.tekst(null, NL));
    }
}
