package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What moving a dissolved gemeente's work did (issue 13 rule 5). Running it again after a complete
 * move gives zeros: moved indicaties end before the merger date and moved clients live at the successor.
 *
 * @param indicatiesVerplaatst running indicaties split at the merger date: the old one ends the day before, a linked one starts
 * @param indicatiesOmgehangen indicaties that start on or after the merger date: they belong to the successor as a whole
 * @param clientenVerplaatst   clients whose gemeente of residence became the successor
 * @param nietVerplaatst       indicaties a chain rule refused at the successor (for example no participation): they stay and are retried on the next run
 */
public record FusieResultaat(long gemeenteId, String gemeenteNaam, long opvolgerId, String opvolgerNaam, LocalDate datum,
                             int indicatiesVerplaatst, int indicatiesOmgehangen, int clientenVerplaatst,
                             List<NietVerplaatst> nietVerplaatst) {

    /** An indicatie that could not move, with the rule (code) and field that refused it. */
    public record NietVerplaatst(long indicatieId, String productCode, String regel, String veld, String reden) {
    }
}
