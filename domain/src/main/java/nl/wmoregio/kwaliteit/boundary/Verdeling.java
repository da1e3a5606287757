package nl.wmoregio.kwaliteit.boundary;

import java.util.List;
/** The region's picture of one round: per indicator the distribution of scores, and who is below norm. */
public record Verdeling(long rondeId, String rondeNaam, List<PerIndicator> indicatoren, List<OnderNorm> aanbiedersOnderNorm) {

    /** @param aantallen the number of providers per score value schaalMin..schaalMax */
    public record PerIndicator(String code, String thema, String omschrijving, int norm, int schaalMin, int schaalMax,
                               List<Long> aantallen, long gescoord, long onderNorm, Double gemiddelde) {
    }

    public record OnderNorm(long aanbiederId, String naam, List<String> indicatoren) {
    }
}
