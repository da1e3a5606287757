package nl.wmoregio.inkoop.boundary;

/**
 * The answer of {@link LeveringService}: may the provider deliver the product to a client of the
 * gemeente on the date.
 *
 * @param nieuweZorg  a new indicatie, renewal or start of care (WMO305) is allowed
 * @param lopendeZorg care under way may go on and be declared (a suspension keeps it, an end does not)
 * @param regel       the refusing rule: AANBIEDER_NIET_GECONTRACTEERD, DEELOVEREENKOMST_OPGESCHORT,
 *                    DEELOVEREENKOMST_BEEINDIGD or GEMEENTE_NEEMT_NIET_DEEL; null when all is allowed
 */
public record Leveringsoordeel(boolean nieuweZorg, boolean lopendeZorg, String regel, String reden) {
}
