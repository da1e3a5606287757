package nl.wmoregio.iwmo.boundary;

import java.util.List;

/**
 * The answer for one line of a message (a WMO323 Prestatie, a WMO305 StartProduct or a WMO307
 * StopProduct). The BSN is shown masked only.
 */
public record Regelresultaat(int regel, String bsn, String referentie, Long toewijzingNummer, String productCode,
                             String periode, Long volume, Long bedragCent, boolean goedgekeurd, List<Retourcode> retourcodes) {

    public String status() {
        return goedgekeurd ? "GOEDGEKEURD" : "AFGEKEURD";
    }

    /** "9346 (TR346), 0611 (TR418)" for tables. */
    public String codes() {
        return String.join(", ", retourcodes.stream().map(r -> r.code() + " (" + r.regel() + ")").toList());
    }
}
