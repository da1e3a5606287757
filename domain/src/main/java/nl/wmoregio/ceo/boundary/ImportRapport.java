package nl.wmoregio.ceo.boundary;

import java.util.List;

/**
 * What an import did, row by row.
 *
 * @param verwerkt        false when the file was refused as a whole (all-or-nothing mode and a bad row)
 * @param alEerderVerwerkt the same file was imported before: nothing changed
 * @param ongewijzigd     good rows whose answer was already stored (same answer)
 */
public record ImportRapport(long rondeId, String modus, int regels, int opgeslagen, int ongewijzigd, int afgekeurd,
                            boolean verwerkt, boolean alEerderVerwerkt, List<Regelfout> fouten) {

    public record Regelfout(int regel, String code, String veld, String melding) {
    }
}
