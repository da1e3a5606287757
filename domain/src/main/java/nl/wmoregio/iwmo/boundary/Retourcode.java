package nl.wmoregio.iwmo.boundary;

/** An iWmo return code (TRxxx, CSxxx) or a local one (WRxx, see docs/iwmo.md) with its reason in Dutch. */
public record Retourcode(String code, String reden) {
}
