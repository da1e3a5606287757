package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;
import java.util.List;

/** One indicatie with its trajectplan. {@code vorigeId} links a renewal to the indicatie it continues. */
public record IndicatieView(long id, long clientId, String productCode, String productNaam, String categorie,
                            long aanbiederId, String aanbiederNaam, LocalDate van, LocalDate tot, Integer volume,
                            String eenheid, String frequentie, Long budgetCent, String redenWijziging,
                            LocalDate startZorg, LocalDate stopZorg, String redenEinde, Long vorigeId, long version,
                            List<DoelView> doelen) {

    public boolean beeindigd() {
        return redenEinde != null;
    }
}
