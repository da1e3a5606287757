package nl.wmoregio.sturing.boundary;

import java.time.LocalDateTime;

/**
 * One warehouse run: status AANGEVRAAGD, BEZIG, KLAAR or MISLUKT, the phase while busy, the log;
 * {@code resultaten}: its results are still kept (one of the last N runs), so it can be compared.
 */
public record RunView(long id, String status, String fase, String aangevraagdDoor, LocalDateTime aangevraagdOp,
        LocalDateTime gestartOp, LocalDateTime klaarOp, String scenarioIds, String invoerRijen, Long duurExtractMs,
        Long duurTransformMs, Long duurLoadMs, boolean actief, String log, boolean resultaten) {

    public RunView(long id, String status, String fase, String aangevraagdDoor, LocalDateTime aangevraagdOp,
            LocalDateTime gestartOp, LocalDateTime klaarOp, String scenarioIds, String invoerRijen, Long duurExtractMs,
            Long duurTransformMs, Long duurLoadMs, boolean actief, String log) {
        this(id, status, fase, aangevraagdDoor, aangevraagdOp, gestartOp, klaarOp, scenarioIds, invoerRijen, duurExtractMs,
                duurTransformMs, duurLoadMs, actief, log, false);
    }
}
