package nl.wmoregio.inkoop.boundary;

/** @param besluit TOEGELATEN or AFGEWEZEN; @param reden required, the motivation of the decision */
public record Besluit(String besluit, String reden) {
}
