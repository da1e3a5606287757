package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;

/**
 * A status change of a raamovereenkomst or one deelovereenkomst.
 *
 * @param status ACTIEF (hervatten), OPGESCHORT or BEEINDIGD; a reason is required for the last two
 * @param per    the first day the status holds; today when absent
 */
public record StatusInput(String status, String reden, LocalDate per) {
}
