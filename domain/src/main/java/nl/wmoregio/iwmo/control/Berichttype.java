package nl.wmoregio.iwmo.control;

/** The iWmo 3.2 messages this component reads or writes, with their COD002 berichtcode. */
public enum Berichttype {
    WMO301("414", "wmo301"),
    WMO302("415", "wmo302"),
    WMO305("418", "wmo305"),
    WMO306("419", "wmo306"),
    WMO307("420", "wmo307"),
    WMO308("421", "wmo308"),
    WMO315("444", "wmo315"),
    WMO316("445", "wmo316"),
    WMO317("480", "wmo317"),
    WMO318("481", "wmo318"),
    WMO319("482", "wmo319"),
    WMO320("483", "wmo320"),
    WMO323("484", "wmo323"),
    WMO325("485", "wmo325");

    private final String code;
    private final String naam;

    Berichttype(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/iwmo/3_2/" + naam + "/schema";
    }

    public String xsd() {
        return name() + ".xsd";
    }

    /** The messages we accept as input (the others are only written). */
    public boolean isInkomend() {
        return this == WMO302 || this == WMO305 || this == WMO307 || this == WMO323;
    }

    /** The retour message that answers this one, or null. */
    public Berichttype retour() {
        return switch (this) {
            case WMO301 -> WMO302;
            case WMO305 -> WMO306;
            case WMO307 -> WMO308;
            case WMO315 -> WMO316;
            case WMO317 -> WMO318;
            case WMO319 -> WMO320;
            case WMO323 -> WMO325;
            default -> null;
        };
    }

    public static Berichttype vanNamespace(String ns) {
        for (Berichttype t : values()) {
            if (t.isInkomend() && t.namespace().equals(ns)) {
                return t;
            }
        }
        return null;
    }

    public static Berichttype vanCode(String code) {
        for (Berichttype t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
