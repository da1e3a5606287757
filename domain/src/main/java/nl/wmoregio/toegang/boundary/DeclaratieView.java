package nl.wmoregio.toegang.boundary;

/** One declared month of one indicatie (amounts in eurocents). */
public record DeclaratieView(long indicatieId, int jaar, int maand, String productCode, String aanbiederNaam,
                             long volume, String eenheid, long tariefCent, long bedragCent) {
}
