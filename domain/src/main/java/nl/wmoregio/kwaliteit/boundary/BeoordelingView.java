package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
import java.util.List;
public record BeoordelingView(long id, long rondeId, String rondeNaam, long aanbiederId, String aanbiederNaam, String leerpunten,
                              String beoordeeldDoor, LocalDate beoordeeldOp, int gescoord, int onderNorm, List<ScoreView> scores,
                              List<VerbeteringView> verbeteringen, long version) {
}
