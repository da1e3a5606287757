package nl.wmoregio.toegang.boundary;

import java.time.LocalDateTime;

/** One row of the client access log (AVG inzage): who, in which role, when, what and why. */
public record InzageView(LocalDateTime tijdstip, String gebruiker, String rol, String actie, String doel) {
}
