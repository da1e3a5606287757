package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.Periode;

/**
 * One gemeente's participation per product group by date, read once (issue 13 rule 4). The only
 * place that decides "takes part": {@link LeveringService} answers through it, and callers that
 * judge many rows of one gemeente (the WMO301 export) hold one instead of asking row by row.
 */
public record Deelnames(long gemeenteId, List<Deelname> perioden) {

    public record Deelname(String productgroep, LocalDate van, LocalDate tot) {
    }

    /** Takes part in the group on some day of [van, tot] (both inclusive; tot null: open). */
    public boolean neemtDeel(String productgroep, LocalDate van, LocalDate tot) {
        Periode gevraagd = new Periode(van, tot);
        return productgroep != null && perioden.stream()
                .anyMatch(d -> d.productgroep().equals(productgroep) && new Periode(d.van(), d.tot()).overlaps(gevraagd));
    }

    public boolean neemtDeel(String productgroep, LocalDate dag) {
        return neemtDeel(productgroep, dag, dag);
    }
}
