package nl.wmoregio.toegang.control;

/**
 * Who calls, in the role that decides their client access, and for GEMEENTE users their gemeente.
 * {@code reden}: the purpose stated by the caller (required for TOEZICHTHOUDER), else null.
 */
public record Beller(String gebruiker, String rol, Long gemeenteId, String reden) {

    public boolean isGemeente() {
        return "GEMEENTE".equals(rol);
    }

    public boolean isToezichthouder() {
        return "TOEZICHTHOUDER".equals(rol);
    }
}
