package nl.wmoregio.kwaliteit.boundary;


/** @param gekoppeldAanId an indicator of another method version that measures the same (explicit mapping), or null */
public record IndicatorInput(String code, String thema, String omschrijving, Integer schaalMin, Integer schaalMax, Integer norm,
                             Long gekoppeldAanId) {
}
