package nl.wmoregio.audit.boundary;

import java.util.List;
import nl.wmoregio.audit.control.AuditKeten;

/**
 * The result of checking the audit hash chain (issue 16 M6): intact or not, from which chain row,
 * how many rows were checked, the head (volgnummer and hash, to compare with a copy kept outside
 * the database), audit rows not sealed yet, and each problem found (at most 100).
 */
public record AuditKetenRapport(boolean intact, long vanaf, long gecontroleerd, long kopVolgnummer, String kopHash,
        long nietVerzegeld, long verzegeld, List<Fout> fouten) {

    /** soort: VERWIJDERD (the audit row is gone), GEWIJZIGD, GAT (chain rows missing), GEBROKEN (link). */
    public record Fout(String soort, long volgnummer, long auditId, String melding) {
    }

    static AuditKetenRapport van(AuditKeten.Rapport r, long verzegeld) {
        return new AuditKetenRapport(r.intact(), r.vanaf(), r.gecontroleerd(), r.kopVolgnummer(), r.kopHash(),
                r.nietVerzegeld(), verzegeld,
                r.fouten().stream().map(f -> new Fout(f.soort(), f.volgnummer(), f.auditId(), f.melding())).toList());
    }
}
