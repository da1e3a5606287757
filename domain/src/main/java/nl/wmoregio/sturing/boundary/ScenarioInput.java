package nl.wmoregio.sturing.boundary;

import java.math.BigDecimal;

/**
 * A scenario as entered. Percentages per year unless stated: growth of clients per age band,
 * abonnementstarief HV demand uplift (one-off), reele kostprijs HV tariff uplift (one-off, 0-40),
 * CAO indexation, doordecentralisatie BW shift (+/-), extramuralisering (longer durations BI/BG),
 * extra inflow of young people into dagbesteding (BG); and the named risks of seed 000 (issue 14):
 * verdeelmodel phase-in per year and the region's change (doordecentralisatie BW/MO, with the budget
 * key per gemeente of wh_verdeelsleutel), Wlz-uitname BW (demand leaving, budget cut), extra demand
 * per year (open-einde regeling), HV hours per client (resultaatgericht beschikken), the capacity
 * cap (personeelstekort: max growth of clients served per year, null = none) and the switch for
 * vergrijzing by the population prognosis per gemeente (wh_bevolking).
 */
public record ScenarioInput(String naam, String omschrijving, Boolean actief, Integer horizonJaren,
        BigDecimal groei18tot64, BigDecimal groei65tot74, BigDecimal groei75tot84, BigDecimal groei85plus,
        BigDecimal abonnementHv, BigDecimal reeleKostprijsHv, BigDecimal cao, BigDecimal doordecentralisatieBw,
        BigDecimal extramuralisering, BigDecimal jongerenDagbesteding, BigDecimal verdeelmodelIngroei,
        BigDecimal verdeelmodelRegio, BigDecimal wlzUitstroomBw, BigDecimal wlzKortingBw, BigDecimal extraVraag,
        BigDecimal resultaatUren, BigDecimal capaciteitGroei, Boolean vergrijzingPrognose) {

    /** The field names of the percentages, in the entity's order. */
    public static final String[] PERCENTAGES = {"groei18tot64", "groei65tot74", "groei75tot84", "groei85plus",
        "abonnementHv", "reeleKostprijsHv", "cao", "doordecentralisatieBw", "extramuralisering", "jongerenDagbesteding",
        "verdeelmodelIngroei", "verdeelmodelRegio", "wlzUitstroomBw", "wlzKortingBw", "extraVraag", "resultaatUren"};

    // No second constructor: JSON-B binds a record through its only (canonical) constructor.

    public BigDecimal[] percentages() {
        return new BigDecimal[] {groei18tot64, groei65tot74, groei75tot84, groei85plus, abonnementHv, reeleKostprijsHv,
            cao, doordecentralisatieBw, extramuralisering, jongerenDagbesteding, verdeelmodelIngroei, verdeelmodelRegio,
            wlzUitstroomBw, wlzKortingBw, extraVraag, resultaatUren};
    }
}
