package nl.wmoregio.sturing.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A stored scenario; {@code sjabloon}: a template of a named risk ({@code risico}) that a controller
 * copies (POST .../scenarios/{id}/kopie) and then edits.
 */
public record ScenarioView(long id, String naam, String omschrijving, boolean actief, int horizonJaren,
        BigDecimal groei18tot64, BigDecimal groei65tot74, BigDecimal groei75tot84, BigDecimal groei85plus,
        BigDecimal abonnementHv, BigDecimal reeleKostprijsHv, BigDecimal cao, BigDecimal doordecentralisatieBw,
        BigDecimal extramuralisering, BigDecimal jongerenDagbesteding, LocalDateTime gewijzigdOp, String gewijzigdDoor,
        long version, BigDecimal verdeelmodelIngroei, BigDecimal verdeelmodelRegio, BigDecimal wlzUitstroomBw,
        BigDecimal wlzKortingBw, BigDecimal extraVraag, BigDecimal resultaatUren, BigDecimal capaciteitGroei,
        boolean vergrijzingPrognose, String risico, boolean sjabloon) {
}
