package nl.wmoregio.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AanmeldBeperkingTest {

    private final AanmeldBeperking beperking = new AanmeldBeperking();
    private Instant nu = Instant.parse("2026-11-24T10:00:00Z");

    private void op(Instant tijd) {
        nu = tijd;
        beperking.setClock(Clock.fixed(nu, ZoneOffset.UTC));
    }

    @Test
    void blocksANameFromOneAddressAfterFiveFailuresForFiveMinutes() {
        op(nu);
        for (int i = 0; i < AanmeldBeperking.MAX_PER_GEBRUIKER - 1; i++) {
            beperking.mislukt("Inkoop", "10.0.0.1");
            assertEquals(0, beperking.wachttijd("inkoop", "10.0.0.1"), "still allowed after " + (i + 1));
        }
        beperking.mislukt("inkoop ", "10.0.0.1");
        assertEquals(301, beperking.wachttijd("INKOOP", "10.0.0.1"), "names compare without case and spaces");
        assertEquals(0, beperking.wachttijd("inkoop", "10.0.0.2"), "another address is not locked out");
        assertEquals(0, beperking.wachttijd("controller", "10.0.0.1"), "another name from the same address is not");
        op(nu.plus(AanmeldBeperking.BLOKKADE).plusSeconds(1));
        assertEquals(0, beperking.wachttijd("inkoop", "10.0.0.1"), "the block ends");
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndOldFailuresExpire() {
        op(nu);
        for (int i = 0; i < 4; i++) {
            beperking.mislukt("gemeente.oss", "10.0.0.1");
        }
        beperking.gelukt("gemeente.oss", "10.0.0.1");
        beperking.mislukt("gemeente.oss", "10.0.0.1");
        assertEquals(0, beperking.wachttijd("gemeente.oss", "10.0.0.1"));
        for (int i = 0; i < 3; i++) {
            beperking.mislukt("gemeente.oss", "10.0.0.1");
        }
        op(nu.plus(AanmeldBeperking.VENSTER).plus(Duration.ofMinutes(1)));
        beperking.mislukt("gemeente.oss", "10.0.0.1");
        assertEquals(0, beperking.wachttijd("gemeente.oss", "10.0.0.1"), "failures outside the window do not add up");
    }

    @Test
    void manyNamesFromOneAddressBlockThatAddress() {
        op(nu);
        for (int i = 0; i < AanmeldBeperking.MAX_PER_ADRES; i++) {
            beperking.mislukt("naam" + i, "10.9.9.9");
        }
        assertTrue(beperking.wachttijd("iemand-anders", "10.9.9.9") > 0);
        assertEquals(0, beperking.wachttijd("iemand-anders", "10.9.9.8"));
    }
    // ---- issue 16, M5

    @Test
    void behindATrustedProxyTheForwardedAddressCountsAndOnlyThen() {
        java.util.Set<String> proxies = AanmeldBeperking.proxies("10.0.0.9, 10.0.0.8");
        assertEquals("203.0.113.7", AanmeldBeperking.adres("10.0.0.9", "198.51.100.1, 203.0.113.7", proxies),
                "the right-most address our proxy added; what the client wrote to the left is ignored");
        assertEquals("203.0.113.7", AanmeldBeperking.adres("10.0.0.9", "203.0.113.7, 10.0.0.8", proxies), "a chain of own proxies");
        assertEquals("192.0.2.5", AanmeldBeperking.adres("192.0.2.5", "203.0.113.7", proxies), "an untrusted peer cannot forge it");
        assertEquals("10.0.0.9", AanmeldBeperking.adres("10.0.0.9", null, proxies));
        assertEquals("10.0.0.9", AanmeldBeperking.adres("10.0.0.9", "203.0.113.7", java.util.Set.of()), "no proxies configured");
    }

    @Test
    void anAccountGuessedFromManyAddressesBacksOff() {
        op(nu);
        for (int i = 0; i < AanmeldBeperking.BACKOFF_VANAF - 1; i++) {
            beperking.mislukt("beheerder", "198.51.100." + i);
        }
        assertEquals(0, beperking.wachttijd("beheerder", "198.51.100.200"), "below the threshold no delay");
        beperking.mislukt("beheerder", "198.51.100.99");
        assertTrue(beperking.wachttijd("beheerder", "198.51.100.201") > 0, "from a fresh address too");
        for (int i = 0; i < 20; i++) {
            beperking.mislukt("beheerder", "198.51.100." + (100 + i));
        }
        assertTrue(beperking.wachttijd("beheerder", "198.51.100.202") <= AanmeldBeperking.BACKOFF_MAX.toSeconds() + 1, "capped");
        assertEquals(0, beperking.wachttijd("controller", "198.51.100.202"), "other accounts unaffected");
        op(nu.plus(AanmeldBeperking.BACKOFF_MAX).plusSeconds(2));
        assertEquals(0, beperking.wachttijd("beheerder", "198.51.100.203"), "the back-off ends");
    }

    @Test
    void namesCompareAsTheDatabaseCollationDoes() {
        op(nu);
        for (int i = 0; i < AanmeldBeperking.MAX_PER_GEBRUIKER; i++) {
            beperking.mislukt(i % 2 == 0 ? "Beheérder" : "BEHEERDER ", "10.0.0.1");
        }
        assertTrue(beperking.wachttijd("beheerder", "10.0.0.1") > 0, "accent and case variants are one account");
        assertEquals("beheerder", AanmeldBeperking.naam(" BeHeÉrder "));
    }
}
