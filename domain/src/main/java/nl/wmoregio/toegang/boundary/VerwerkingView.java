package nl.wmoregio.toegang.boundary;

import java.time.LocalDateTime;

/** One row of the access log (verwerkingenlogging): who, in which role, when, which client, what and why. */
public record VerwerkingView(long id, LocalDateTime tijdstip, String gebruiker, String rol, String pseudoniem, String actie,
                             String doel) {
}
