package nl.wmoregio.toezicht.boundary;

import java.util.List;

/** The toezicht year figures per (current) gemeente, by name, then the region-wide row. */
public record JaarcijfersPerGemeente(int jaar, List<JaarcijferRij> rijen) {
}
