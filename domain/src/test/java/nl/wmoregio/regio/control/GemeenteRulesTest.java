package nl.wmoregio.regio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GemeenteRulesTest {

    @Test
    void cbsCodeIsNormalised() {
        assertEquals("GM0828", GemeenteRules.cbsCode(" gm0828 ", "cbsCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0828", "GM828", "GM08281", "XX0828", "GM08a8", "GM 0828"})
    void malformedCbsCodesAreRefusedNamingTheField(String code) {
        DomainException e = assertThrows(DomainException.class, () -> GemeenteRules.cbsCode(code, "cbsCode"));
        assertEquals("CBS_CODE_ONGELDIG", e.code());
        assertEquals("cbsCode", e.field());
    }

    @Test
    void missingCbsCodeHasItsOwnMessage() {
        assertEquals("CBS_CODE_VERPLICHT", assertThrows(DomainException.class, () -> GemeenteRules.cbsCode("  ", "x")).code());
    }

    @Test
    void nameIsRequiredAndBounded() {
        assertEquals("Oss", GemeenteRules.naam("  Oss "));
        assertEquals("NAAM_VERPLICHT", assertThrows(DomainException.class, () -> GemeenteRules.naam(null)).code());
        assertEquals("NAAM_TE_LANG", assertThrows(DomainException.class, () -> GemeenteRules.naam("x".repeat(101))).code());
    }

    @Test
    void endBeforeStartIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> GemeenteRules.eindeNaBegin(
                LocalDate.parse("2022-01-01"), LocalDate.parse("2021-12-31"), "geldigTot"));
        assertEquals("EINDE_VOOR_BEGIN", e.code());
        assertEquals("geldigTot", e.field());
        GemeenteRules.eindeNaBegin(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-01-01"), "geldigTot");
    }

    @Test
    void overlappingParticipationIsRefusedAndAdjacentIsAllowed() {
        List<Periode> bestaand = List.of(PeriodeFixtures.p("2020-01-01", "2021-12-31"));
        DomainException e = assertThrows(DomainException.class, () -> GemeenteRules.geenOverlap(
                PeriodeFixtures.p("2021-06-01", null), bestaand, "Huishoudelijke verzorging"));
        assertEquals("DEELNAME_OVERLAP", e.code());
        GemeenteRules.geenOverlap(PeriodeFixtures.p("2022-01-01", null), bestaand, "Huishoudelijke verzorging");
    }

    @Test
    void participationMustLieWithinTheGemeente() {
        Periode landerd = PeriodeFixtures.p("2020-01-01", "2021-12-31");
        assertEquals("DEELNAME_BUITEN_GEMEENTE", assertThrows(DomainException.class,
                () -> GemeenteRules.deelnameBinnenGemeente(landerd, PeriodeFixtures.p("2020-01-01", null))).code());
        GemeenteRules.deelnameBinnenGemeente(landerd, PeriodeFixtures.p("2020-01-01", "2021-12-31"));
    }

    @Test
    void aGemeenteCannotEndBeforeOneOfItsParticipationsStarts() {
        assertEquals("EINDE_VOOR_DEELNAME", assertThrows(DomainException.class, () -> GemeenteRules.eindeNaDeelnames(
                LocalDate.parse("2021-12-31"), List.of(PeriodeFixtures.p("2022-01-01", null)))).code());
    }

    static final class PeriodeFixtures {
        static Periode p(String van, String tot) {
            return new Periode(LocalDate.parse(van), tot == null ? null : LocalDate.parse(tot));
        }
    }
}
