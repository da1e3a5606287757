package nl.wmoregio.toegang.boundary;

import java.util.List;

/** The fixed code lists of the toegang screens and API. */
public final class Keuzes {

    public static final List<String> SEGMENTEN = List.of("1A", "1B", "2", "3");
    public static final List<String> LEEFGEBIEDEN = List.of("ZELFZORG", "HUISHOUDEN", "WONEN", "SOCIALE_CONTACTEN",
            "DAGBESTEDING", "FINANCIEN", "GEZONDHEID", "MOBILITEIT");
    public static final List<String> UITKOMSTEN = List.of("BEHAALD", "DEELS", "NIET_BEHAALD");
    public static final List<String> REDENEN_EINDE = List.of("DOEL_BEREIKT", "VOORLIGGEND_VELD", "WLZ", "ZVW",
            "VERHUISD", "OVERLEDEN", "ANDERS");

    private Keuzes() {
    }
}
