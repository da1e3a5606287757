package nl.wmoregio.toezicht.boundary;

import java.time.LocalDateTime;

/** An attachment's metadata. */
public record BijlageView(long id, String bestandsnaam, String mediatype, long grootte, String toegevoegdDoor, LocalDateTime toegevoegdOp) {
}
