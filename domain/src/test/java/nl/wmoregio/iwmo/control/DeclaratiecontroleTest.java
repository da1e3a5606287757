package nl.wmoregio.iwmo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.iwmo.control.Declaratiecontrole.Eerder;
import nl.wmoregio.iwmo.control.Declaratiecontrole.Prestatie;
import nl.wmoregio.iwmo.control.Declaratiecontrole.Toewijzing;
import org.junit.jupiter.api.Test;

/** Each iWmo check on a crafted line: the right code, and a correct line passes. */
class DeclaratiecontroleTest {

    static final LocalDate JAN = LocalDate.of(2035, 1, 1);
    static final LocalDate EIND_JAN = LocalDate.of(2035, 1, 31);
    /** Begeleiding 02BIR, 4 stuks per maand, contract tariff 2500 cent. */
    static final Toewijzing PER_MAAND = new Toewijzing(42, "02", "02BIR", "82", 4, "4", null, JAN, LocalDate.of(2035, 12, 31));

    static Prestatie regel(long volume, long tarief, long bedrag) {
        return new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, EIND_JAN, volume, "82", tarief, bedrag, false);
    }

    static List<String> codes(Prestatie p, Toewijzing t, Long contract, Eerder eerder) {
        return Declaratiecontrole.controleer(p, t, contract, eerder).stream().map(r -> r.regel().name()).toList();
    }

    @Test
    void aCorrectLinePasses() {
        assertEquals(List.of(), codes(regel(4, 2500, 10_000), PER_MAAND, 2500L, Eerder.NIETS));
    }

    @Test
    void cs002BsnElfproef() {
        Prestatie p = new Prestatie("123456789", "R1", 42, "02", "02BIR", JAN, EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of("CS002"), codes(p, PER_MAAND, 2500L, Eerder.NIETS));
    }

    @Test
    void tr346AmountIsVolumeTimesTariff() {
        assertEquals(List.of("TR346"), codes(regel(2, 2500, 5001), PER_MAAND, 2500L, Eerder.NIETS));
        Prestatie zonderTarief = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, EIND_JAN, 2, "82", null, 5000, false);
        assertEquals(List.of("TR346"), codes(zonderTarief, PER_MAAND, 2500L, Eerder.NIETS));
    }

    @Test
    void tr346DoesNotApplyToEuros() {
        Toewijzing euro = new Toewijzing(42, "02", "02BIR", "83", null, null, 100_000L, JAN, null);
        Prestatie p = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, EIND_JAN, 123, "83", null, 12_345, false);
        assertEquals(List.of(), codes(p, euro, null, Eerder.NIETS));
    }

    @Test
    void tr418TariffDiffersFromTheContract() {
        assertEquals(List.of("TR418"), codes(regel(1, 2600, 2600), PER_MAAND, 2500L, Eerder.NIETS));
        assertEquals(List.of("TR418"), codes(regel(1, 2500, 2500), PER_MAAND, null, Eerder.NIETS), "no contract tariff that year");
    }

    @Test
    void tr339To341CategoryCodeAndUnitMatchTheToewijzing() {
        Prestatie categorie = new Prestatie("123456782", "R1", 42, "07", "02BIR", JAN, EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR339"), codes(categorie, PER_MAAND, 2500L, Eerder.NIETS));
        Prestatie code = new Prestatie("123456782", "R1", 42, "02", "02BIP", JAN, EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR340"), codes(code, PER_MAAND, 2500L, Eerder.NIETS));
        Prestatie eenheid = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, EIND_JAN, 1, "04", 2500L, 2500, false);
        assertEquals(List.of("TR341"), codes(eenheid, PER_MAAND, 2500L, Eerder.NIETS));
    }

    @Test
    void anAspecifiekeToewijzingAcceptsAnyCodeInItsCategory() {
        Toewijzing aspecifiek = new Toewijzing(42, "02", null, "82", 4, "4", null, JAN, null);
        Prestatie code = new Prestatie("123456782", "R1", 42, "02", "02BIP", JAN, EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of(), codes(code, aspecifiek, 2500L, Eerder.NIETS));
    }

    @Test
    void tr321VolumeAboveTheAllocationForThePeriod() {
        assertEquals(List.of("TR321"), codes(regel(5, 2500, 12_500), PER_MAAND, 2500L, Eerder.NIETS));
        assertEquals(List.of("TR321"), codes(regel(2, 2500, 5000), PER_MAAND, 2500L, new Eerder(3, 3, 7500)),
                "together with what was accepted earlier in the month");
        Toewijzing perWeek = new Toewijzing(42, "02", "02BIR", "82", 3, "2", null, JAN, null);
        assertEquals(14, Declaratiecontrole.toegestaan(3, "2", JAN, EIND_JAN), "3 per week over 31 days, rounded up");
        assertEquals(List.of(), codes(regel(14, 2500, 35_000), perWeek, 2500L, Eerder.NIETS));
        assertEquals(List.of("TR321"), codes(regel(15, 2500, 37_500), perWeek, 2500L, Eerder.NIETS));
        assertEquals(31, Declaratiecontrole.toegestaan(1, "1", JAN, EIND_JAN));
    }

    @Test
    void tr322VolumeAboveTheTotalAllocation() {
        Toewijzing totaal = new Toewijzing(42, "02", "02BIR", "82", 10, "6", null, JAN, null);
        assertEquals(List.of(), codes(regel(4, 2500, 10_000), totaal, 2500L, new Eerder(0, 6, 15_000)));
        assertEquals(List.of("TR322"), codes(regel(5, 2500, 12_500), totaal, 2500L, new Eerder(0, 6, 15_000)));
    }

    @Test
    void tr369BudgetExceeded() {
        Toewijzing budget = new Toewijzing(42, "02", "02BIR", "82", null, null, 10_000L, JAN, null);
        assertEquals(List.of(), codes(regel(2, 2500, 5000), budget, 2500L, new Eerder(0, 0, 5000)));
        assertEquals(List.of("TR369"), codes(regel(2, 2500, 5000), budget, 2500L, new Eerder(0, 0, 5001)));
    }

    @Test
    void tr387And388ThePeriodIsOneCalendarMonth() {
        Prestatie laat = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN.plusDays(1), EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR387"), codes(laat, PER_MAAND, 2500L, Eerder.NIETS));
        Prestatie lang = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, LocalDate.of(2035, 2, 28), 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR388"), codes(lang, PER_MAAND, 2500L, Eerder.NIETS));
        Prestatie kort = new Prestatie("123456782", "R1", 42, "02", "02BIR", JAN, LocalDate.of(2035, 1, 30), 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR388"), codes(kort, PER_MAAND, 2500L, Eerder.NIETS));
    }

    @Test
    void aPeriodOutsideTheToewijzingIsRefused() {
        Toewijzing later = new Toewijzing(42, "02", "02BIR", "82", 4, "4", null, LocalDate.of(2035, 3, 1), null);
        assertEquals(List.of("TR307"), codes(regel(1, 2500, 2500), later, 2500L, Eerder.NIETS));
    }

    @Test
    void tr387And388AllowTheFirstAndLastPartialMonthOfAMidMonthToewijzing() {
        Toewijzing midden = new Toewijzing(42, "02", "02BIR", "82", 40, "4", null, LocalDate.of(2035, 1, 15), LocalDate.of(2035, 3, 10));
        Prestatie eersteMaand = new Prestatie("123456782", "R1", 42, "02", "02BIR", LocalDate.of(2035, 1, 15), EIND_JAN, 1, "82", 2500L, 2500, false);
        assertEquals(List.of(), codes(eersteMaand, midden, 2500L, Eerder.NIETS), "starts with the toewijzing mid-month");
        Prestatie laatsteMaand = new Prestatie("123456782", "R2", 42, "02", "02BIR", LocalDate.of(2035, 3, 1), LocalDate.of(2035, 3, 10), 1, "82", 2500L, 2500, false);
        assertEquals(List.of(), codes(laatsteMaand, midden, 2500L, Eerder.NIETS), "ends with the toewijzing mid-month");
        Prestatie februari = new Prestatie("123456782", "R3", 42, "02", "02BIR", LocalDate.of(2035, 2, 2), LocalDate.of(2035, 2, 28), 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR387"), codes(februari, midden, 2500L, Eerder.NIETS), "no exception in a full month");
        Prestatie teVroeg = new Prestatie("123456782", "R4", 42, "02", "02BIR", LocalDate.of(2035, 2, 1), LocalDate.of(2035, 2, 27), 1, "82", 2500L, 2500, false);
        assertEquals(List.of("TR388"), codes(teVroeg, midden, 2500L, Eerder.NIETS), "the toewijzing does not end in February");
    }

    @Test
    void tr319AProductPeriodAfterTheDeclarationPeriodIsRefused() {
        assertEquals(List.of("TR319"), Declaratiecontrole.controleer(regel(1, 2500, 2500), PER_MAAND, 2500L, Eerder.NIETS,
                LocalDate.of(2034, 12, 31)).stream().map(r -> r.regel().name()).toList());
        assertEquals(List.of(), Declaratiecontrole.controleer(regel(1, 2500, 2500), PER_MAAND, 2500L, Eerder.NIETS,
                EIND_JAN).stream().map(r -> r.regel().name()).toList());
    }

    @Test
    void cs340TheDeclarationPeriodIsOneCalendarMonth() {
        assertTrue(Declaratiecontrole.kalendermaand(LocalDate.of(2035, 2, 1), LocalDate.of(2035, 2, 28)));
        assertFalse(Declaratiecontrole.kalendermaand(LocalDate.of(2035, 1, 1), LocalDate.of(2035, 12, 31)), "a year");
        assertFalse(Declaratiecontrole.kalendermaand(LocalDate.of(2035, 2, 2), LocalDate.of(2035, 2, 28)));
    }

    @Test
    void everyRuleAnswersWithAnOfficialWj001Code() throws Exception {
        String lijst = new String(DeclaratiecontroleTest.class.getResourceAsStream("/iwmo/3.2/basisschema.xsd").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (Regel r : Regel.values()) {
            assertTrue(lijst.contains("<xs:enumeration value=\"" + r.code() + "\""), r + " -> " + r.code() + " is a LDT_RetourCode value");
        }
        assertEquals("9346", Regel.TR346.code());
        assertEquals("0611", Regel.TR418.code());
        assertEquals("9069", Regel.TR382.code());
        assertEquals("8848", Regel.TR135.code());
        assertEquals("8021", Regel.TR314.code());
        assertEquals("8187", Regel.TR304.code());
    }
}
