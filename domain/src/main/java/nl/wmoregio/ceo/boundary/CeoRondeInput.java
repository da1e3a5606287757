package nl.wmoregio.ceo.boundary;

/** @param seed the random seed of the sample; the same seed draws the same sample */
public record CeoRondeInput(String gemeenteCbsCode, Integer jaar, Integer omvang, Long seed) {
}
