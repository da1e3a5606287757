package nl.wmoregio.toegang.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Issue 13 rules 6 and 7 at their one rule point: category, eenheid/frequentie, TR302, time-boxed products. */
class ToewijzingRegelsTest {

    static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    static DomainException weigert(Executable e, String code, String veld) {
        DomainException ex = assertThrows(DomainException.class, e);
        assertEquals(code, ex.code());
        assertEquals(veld, ex.field());
        return ex;
    }

    @Test
    void aProductWithTariffCategoriesAlwaysCarriesOne() {
        weigert(() -> ToewijzingRegels.categorie("02BIR", List.of("A", "B", "C"), null), "CATEGORIE_ONGELDIG", "categorie");
        weigert(() -> ToewijzingRegels.categorie("02BIR", List.of("A", "B", "C"), "Z"), "CATEGORIE_ONGELDIG", "categorie");
        weigert(() -> ToewijzingRegels.categorie("04KV", List.of(), "A"), "CATEGORIE_ONGELDIG", "categorie");
        assertEquals("B", ToewijzingRegels.categorie("02BIR", List.of("A", "B", "C"), " b "));
        assertNull(ToewijzingRegels.categorie("04KV", List.of(), " "));
    }

    @Test
    void eenheidAndFrequentieComeFromTheProduct() {
        assertEquals("16", ToewijzingRegels.eenheid("07BGA", "16", null), "empty: taken from the catalogue");
        assertEquals("16", ToewijzingRegels.eenheid("07BGA", "16", " 16 "));
        DomainException e = weigert(() -> ToewijzingRegels.eenheid("07BGA", "16", "82"), "EENHEID_NIET_VAN_PRODUCT", "eenheid");
        assertTrue(e.getMessage().contains("16"), e.getMessage());
        assertEquals("2", ToewijzingRegels.frequentie("07BGA", "2", ""));
        weigert(() -> ToewijzingRegels.frequentie("07BGA", "2", "4"), "FREQUENTIE_NIET_VAN_PRODUCT", "frequentie");
    }

    @Test
    void theSameProductIsNotStackedInOverlappingPeriods() {
        List<ToewijzingRegels.Bestaand> anderen = List.of(
                new ToewijzingRegels.Bestaand(1, "04KV", JAN, LocalDate.of(2024, 6, 30)),
                new ToewijzingRegels.Bestaand(2, "02BIR", JAN, null));
        weigert(() -> ToewijzingRegels.geenStapeling("04KV", LocalDate.of(2024, 6, 30), null, anderen), "TR302", "van");
        weigert(() -> ToewijzingRegels.geenStapeling("02BIR", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1), anderen),
                "TR302", "van");
        assertDoesNotThrow(() -> ToewijzingRegels.geenStapeling("04KV", LocalDate.of(2024, 7, 1), null, anderen), "after it");
        assertDoesNotThrow(() -> ToewijzingRegels.geenStapeling("07BGA", JAN, null, anderen), "another product");
        assertDoesNotThrow(() -> ToewijzingRegels.geenStapeling("04KV", JAN, null, anderen, 1L), "itself (edit)");
        assertDoesNotThrow(() -> ToewijzingRegels.geenStapeling("04KV", LocalDate.of(2024, 3, 1), null, anderen, null, 1L),
                "the toewijzing it renews or replaces");
    }

    @Test
    void begeleidingPlusOnlyForALimitedPeriodCountedOverItsChain() {
        assertDoesNotThrow(() -> ToewijzingRegels.tijdgebonden("02BIP", JAN, JAN, LocalDate.of(2024, 6, 30), 1980));
        weigert(() -> ToewijzingRegels.tijdgebonden("02BIP", JAN, JAN, LocalDate.of(2024, 7, 1), 1980), "BEGELEIDING_PLUS_TE_LANG", "tot");
        weigert(() -> ToewijzingRegels.tijdgebonden("02BIP", JAN, JAN, null, 1980), "BEGELEIDING_PLUS_TE_LANG", "tot");
        // a renewal from 1 April to 31 July: the chain started in January, so seven months in all
        weigert(() -> ToewijzingRegels.tijdgebonden("02BIP", JAN, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 31), 1980),
                "BEGELEIDING_PLUS_TE_LANG", "tot");
        assertDoesNotThrow(() -> ToewijzingRegels.tijdgebonden("02BIR", JAN, JAN, null, 1980), "regular begeleiding is not time-boxed");
    }

    @Test
    void ib4MoOnlyUpToAge27AndAtMostOneYear() {
        // born 1997: 27 in 2024 (age = year - birth year, the one age rule)
        assertDoesNotThrow(() -> ToewijzingRegels.tijdgebonden("16I4M", JAN, JAN, LocalDate.of(2024, 12, 31), 1997));
        weigert(() -> ToewijzingRegels.tijdgebonden("16I4M", JAN, JAN, LocalDate.of(2024, 12, 31), 1996), "IB4MO_LEEFTIJD", "productCode");
        weigert(() -> ToewijzingRegels.tijdgebonden("16I4M", JAN, JAN, LocalDate.of(2025, 1, 1), 2000), "IB4MO_TE_LANG", "tot");
        weigert(() -> ToewijzingRegels.tijdgebonden("16I4M", JAN, JAN, null, 2000), "IB4MO_TE_LANG", "tot");
    }
}
