package nl.wmoregio.sturing.boundary;

import java.time.LocalDateTime;

/** One warehouse run: status AANGEVRAAGD, BEZIG, KLAAR or MISLUKT, the phase while busy, the log. */
public record RunView(long id, String status, String fase, String aangevraagdDoor, LocalDateTime aangevraagdOp,
        LocalDateTime gestartOp, LocalDateTime klaarOp, String scenarioIds, String invoerRijen, Long duurExtractMs,
        Long duurTransformMs, Long duurLoadMs, boolean actief, String log) {
}
