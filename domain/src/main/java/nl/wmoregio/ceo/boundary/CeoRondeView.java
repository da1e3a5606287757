package nl.wmoregio.ceo.boundary;

import java.time.LocalDateTime;

/**
 * @param populatie        clients with an indicatie in the year at the draw (null before)
 * @param respondenten     sampled clients with at least one answer that is not blank
 * @param responsPercentage respondenten / steekproef, one decimal
 */
public record CeoRondeView(long id, String gemeenteCbsCode, String gemeenteNaam, int jaar, int gevraagdeOmvang, long seed,
                           Integer populatie, Integer steekproef, long respondenten, Double responsPercentage,
                           LocalDateTime getrokkenOp, long version) {
}
