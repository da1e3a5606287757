package nl.wmoregio.kwaliteit.boundary;


/** @param score null when not scored yet; onderNorm true when scored below the norm */
public record ScoreView(long indicatorId, String code, String thema, String omschrijving, int schaalMin, int schaalMax, int norm,
                        Integer score, String onderbouwing, boolean onderNorm) {
}
