package nl.wmoregio.iwmo.control;

/** The iWmo 3.2 messages this component reads or writes, with their COD002 berichtcode. */
public enum Berichttype {
    WMO301("414", "wmo301"),
    WMO305("418", "wmo305"),
    WMO307("420", "wmo307"),
    WMO323("484", "wmo323");

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

    /** The messages we accept as input (WMO301 is only written). */
    public boolean isInkomend() {
        return this != WMO301;
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
