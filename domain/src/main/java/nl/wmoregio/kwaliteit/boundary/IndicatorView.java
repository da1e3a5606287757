package nl.wmoregio.kwaliteit.boundary;


public record IndicatorView(long id, String code, String thema, String omschrijving, int schaalMin, int schaalMax, int norm,
                            Long gekoppeldAanId) {
}
