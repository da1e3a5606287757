package nl.wmoregio.toezicht.boundary;

import java.util.List;
import java.util.Map;

/** Annual toezicht figures per year and (optionally) gemeente. */
public record Jaarverslag(int jaar, Long gemeenteId, String gemeenteNaam, long meldingen, long teLaat, Map<String, Long> meldingenPerSoort, long onderzoeken, Map<String, Long> onderzoekenPerType, List<NormTelling> bevindingenPerNorm, long maatregelen, Map<String, Long> maatregelenPerType) {
}
