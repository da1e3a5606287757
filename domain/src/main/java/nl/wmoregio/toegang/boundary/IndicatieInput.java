package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/**
 * A new or changed indicatie. Volume with eenheid (WJ756) and frequentie (WMO757), or a budget in
 * eurocents. {@code vorigeId}: the indicatie this one renews (only when creating).
 */
public record IndicatieInput(String productCode, String categorie, Long aanbiederId, LocalDate van, LocalDate tot,
                             Integer volume, String eenheid, String frequentie, Long budgetCent, String redenWijziging,
                             Long vorigeId) {
}
