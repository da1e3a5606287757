package nl.wmoregio.iwmo.boundary;

/**
 * One finding on a message or line: {@code code} is the official WJ001 retourcode (what a
 * provider's software reads, e.g. 9346), {@code regel} the rule id beside it for people (TR346,
 * CS002, or WR.. for a local rule of the region), {@code reden} the reason in Dutch.
 */
public record Retourcode(String code, String regel, String reden) {
}
