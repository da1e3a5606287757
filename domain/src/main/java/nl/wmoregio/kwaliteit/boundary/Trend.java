package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
import java.util.List;
/**
 * A provider's scores over the rounds, per indicator of the latest method version it was scored on.
 * A score from a round with another method version appears only when the indicators are comparable
 * (same version, or explicitly mapped); otherwise the cell is null and vergelijkbaar false.
 */
public record Trend(long aanbiederId, String aanbiederNaam, List<TrendRonde> rondes, List<Reeks> reeksen,
                    List<VerbeteringView> openVerbeteringen) {

    public record TrendRonde(long rondeId, String naam, LocalDate van, String methodeNaam, int methodeVersie) {
    }

    /** scores and vergelijkbaar run parallel to rondes. */
    public record Reeks(String code, String omschrijving, int norm, int schaalMax, List<Integer> scores, List<Boolean> vergelijkbaar) {
    }
}
