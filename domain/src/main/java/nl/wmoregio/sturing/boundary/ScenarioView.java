package nl.wmoregio.sturing.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A stored scenario. */
public record ScenarioView(long id, String naam, String omschrijving, boolean actief, int horizonJaren,
        BigDecimal groei18tot64, BigDecimal groei65tot74, BigDecimal groei75tot84, BigDecimal groei85plus,
        BigDecimal abonnementHv, BigDecimal reeleKostprijsHv, BigDecimal cao, BigDecimal doordecentralisatieBw,
        BigDecimal extramuralisering, BigDecimal jongerenDagbesteding, LocalDateTime gewijzigdOp, String gewijzigdDoor,
        long version) {
}
