package nl.wmoregio.toegang.boundary;

/** Progress of the synthetic-data generator started from the beheer screen or the API. */
public record GeneratorStatus(String toestand, String preset, Long seed, String fase, long clientenKlaar,
                              long clientenTotaal, long rijen, long millis, String melding, GeneratorResultaat resultaat) {

    public static final String NIET_GESTART = "NIET_GESTART";
    public static final String BEZIG = "BEZIG";
    public static final String KLAAR = "KLAAR";
    public static final String MISLUKT = "MISLUKT";

    public int procent() {
        return clientenTotaal == 0 ? 0 : (int) Math.min(100, clientenKlaar * 100 / clientenTotaal);
    }

    public boolean bezig() {
        return BEZIG.equals(toestand);
    }
}
