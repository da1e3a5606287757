package nl.wmoregio.sturing.boundary;

import java.math.BigDecimal;

/**
 * A scenario as entered. Percentages per year unless stated: growth of clients per age band,
 * abonnementstarief HV demand uplift (one-off), reele kostprijs HV tariff uplift (one-off, 0-40),
 * CAO indexation, doordecentralisatie BW shift (+/-), extramuralisering (longer durations BI/BG),
 * extra inflow of young people into dagbesteding (BG).
 */
public record ScenarioInput(String naam, String omschrijving, Boolean actief, Integer horizonJaren,
        BigDecimal groei18tot64, BigDecimal groei65tot74, BigDecimal groei75tot84, BigDecimal groei85plus,
        BigDecimal abonnementHv, BigDecimal reeleKostprijsHv, BigDecimal cao, BigDecimal doordecentralisatieBw,
        BigDecimal extramuralisering, BigDecimal jongerenDagbesteding) {

    /** The field names of the percentages, in the entity's order. */
    public static final String[] PERCENTAGES = {"groei18tot64", "groei65tot74", "groei75tot84", "groei85plus",
        "abonnementHv", "reeleKostprijsHv", "cao", "doordecentralisatieBw", "extramuralisering", "jongerenDagbesteding"};

    public BigDecimal[] percentages() {
        return new BigDecimal[] {groei18tot64, groei65tot74, groei75tot84, groei85plus, abonnementHv, reeleKostprijsHv,
            cao, doordecentralisatieBw, extramuralisering, jongerenDagbesteding};
    }
}
