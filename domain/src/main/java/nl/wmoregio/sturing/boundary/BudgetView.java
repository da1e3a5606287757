package nl.wmoregio.sturing.boundary;

/**
 * The Wmo budget of a gemeente for a year, in eurocents. {@code budgetCent} and {@code version}
 * are null when no budget has been entered yet (lists per year show every gemeente).
 * {@code version} is the optimistic-lock version (the REST ETag).
 */
public record BudgetView(long gemeenteId, String cbsCode, String gemeente, int jaar, Long budgetCent, Long version) {
}
