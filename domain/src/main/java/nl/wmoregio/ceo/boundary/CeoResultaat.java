package nl.wmoregio.ceo.boundary;

/**
 * One question for one gemeente in one year, or one breakdown cell (groep set).
 *
 * @param n             respondents with an opinion
 * @param positief      (helemaal) eens, or ja for the yes/no question
 * @param zonderOordeel weet niet, n.v.t. and blank: not in n
 * @param percentage    positief / n in percent, one decimal; null when suppressed or n = 0
 * @param ciLaag        95% Wilson interval, lower bound in percent
 * @param onderdrukt    a breakdown cell with n below 10: figures withheld
 */
public record CeoResultaat(String gemeenteCbsCode, String gemeenteNaam, int jaar, String vraagCode, int vraagNummer,
                           String vraagTekst, String groep, int n, int positief, int zonderOordeel, Double percentage,
                           Double ciLaag, Double ciHoog, boolean onderdrukt) {
}
