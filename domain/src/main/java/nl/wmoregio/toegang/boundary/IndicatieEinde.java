package nl.wmoregio.toegang.boundary;

import java.time.LocalDate;

/** Uitstroom: the last day of care and why (DOEL_BEREIKT, VOORLIGGEND_VELD, WLZ, ZVW, VERHUISD, OVERLEDEN, ANDERS). */
public record IndicatieEinde(LocalDate stopZorg, String redenEinde) {
}
