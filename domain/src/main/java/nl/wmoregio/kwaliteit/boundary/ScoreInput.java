package nl.wmoregio.kwaliteit.boundary;

import java.util.List;
public record ScoreInput(String leerpunten, List<ScoreRegel> scores) {
}
