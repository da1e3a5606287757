package nl.wmoregio.kwaliteit.boundary;


public record ScoreRegel(String indicatorCode, Integer score, String onderbouwing) {
}
