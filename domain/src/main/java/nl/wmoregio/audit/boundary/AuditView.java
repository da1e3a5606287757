package nl.wmoregio.audit.boundary;

import java.time.LocalDateTime;

public record AuditView(LocalDateTime tijdstip, String actor, String actie, String details, String reden) {
}
