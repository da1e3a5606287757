package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;
import java.util.List;

/** What an indexation did: tariffs created and updated in {@code naarJaar}, products skipped (no contract period then). */
public record IndexatieResultaat(int vanJaar, int naarJaar, BigDecimal indexatiePct, int aangemaakt, int bijgewerkt,
                                 List<String> overgeslagen, List<TariefView> tarieven) {
}
