package nl.wmoregio.inkoop.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.shared.DomainException;

/**
 * The one rule point for contract status (issue 13, rules 1, 2 and 4), without database: which
 * status changes of a deelovereenkomst are allowed, and whether a provider may deliver a product
 * to a gemeente's client on a date. Every path (contract management screen and REST, a toezicht
 * measure, toegang's indicaties, iWmo start messages and declarations, the continuity list) asks
 * here, through {@code ContractStatusService} / {@code LeveringService}.
 */
public final class ContractStatusRegels {

    public static final String GEEN_CONTRACT = "AANBIEDER_NIET_GECONTRACTEERD";
    public static final String OPGESCHORT = "DEELOVEREENKOMST_OPGESCHORT";
    public static final String BEEINDIGD = "DEELOVEREENKOMST_BEEINDIGD";
    public static final String GEEN_DEELNAME = "GEMEENTE_NEEMT_NIET_DEEL";

    private ContractStatusRegels() {
    }

    /** One step of the history: from {@code per} on, {@code status} holds. */
    public record Stap(Contract.Status status, LocalDate per) {
    }

    /** A deelovereenkomst for the asked product: its period and its status history (any order). */
    public record Deel(LocalDate van, LocalDate tot, List<Stap> historie) {
    }

    /**
     * The answer to "may provider X deliver product P to gemeente G on date D".
     *
     * @param nieuweZorg a new indicatie, renewal or start of care (WMO305) is allowed
     * @param lopendeZorg care already under way may go on and be declared (a suspension keeps it, an end stops it)
     * @param regel      the rule that refuses (null when both are allowed)
     * @param reden      the Dutch explanation for the screen and the retour message
     */
    public record Oordeel(boolean nieuweZorg, boolean lopendeZorg, String regel, String reden) {
    }

    /** The status on a day: the last step with {@code per <= dag} (steps on the same day: the later one), else ACTIEF. */
    public static Contract.Status statusOp(List<Stap> historie, LocalDate dag) {
        Contract.Status status = Contract.Status.ACTIEF;
        LocalDate laatste = null;
        for (Stap stap : historie) {
            if (!stap.per().isAfter(dag) && (laatste == null || !stap.per().isBefore(laatste))) {
                status = stap.status();
                laatste = stap.per();
            }
        }
        return status;
    }

    public static Oordeel oordeel(String productCode, List<Deel> delen, boolean deelname, String productgroep, LocalDate dag) {
        List<Deel> lopend = delen.stream().filter(d -> !d.van().isAfter(dag) && !d.tot().isBefore(dag)).toList();
        if (lopend.isEmpty() && delen.stream().anyMatch(d -> d.tot().isBefore(dag))
                && delen.stream().noneMatch(d -> d.van().isAfter(dag))) {
            return new Oordeel(false, false, BEEINDIGD, "De deelovereenkomst " + productCode + " van deze aanbieder is op "
                    + dag + " afgelopen");
        }
        if (lopend.isEmpty()) {
            return new Oordeel(false, false, GEEN_CONTRACT, "Deze aanbieder heeft op " + dag + " geen deelovereenkomst voor " + productCode);
        }
        List<Contract.Status> statussen = lopend.stream().map(d -> statusOp(d.historie(), dag)).toList();
        if (statussen.contains(Contract.Status.ACTIEF)) {
            if (!deelname) {
                return new Oordeel(false, true, GEEN_DEELNAME, "De gemeente van de cliënt neemt op " + dag
                        + " niet deel aan productgroep " + productgroep + " en koopt die zelf in");
            }
            return new Oordeel(true, true, null, null);
        }
        if (statussen.contains(Contract.Status.OPGESCHORT)) {
            return new Oordeel(false, true, OPGESCHORT, "De deelovereenkomst " + productCode
                    + " van deze aanbieder is op " + dag + " opgeschort: geen nieuwe cliënten");
        }
        return new Oordeel(false, false, BEEINDIGD, "De deelovereenkomst " + productCode + " van deze aanbieder is op "
                + dag + " beëindigd");
    }

    /**
     * A status change of one deelovereenkomst: an ended one stays ended; no change to the same status;
     * a reason for suspending and ending; the date within the deelovereenkomst's period and not before
     * the last recorded step (history is never rewritten).
     */
    public static void overgang(Contract.Status huidig, Contract.Status nieuw, LocalDate per, String reden,
                                LocalDate van, LocalDate tot, List<Stap> historie) {
        if (huidig == Contract.Status.BEEINDIGD) {
            throw new DomainException("DEELOVEREENKOMST_BEEINDIGD", "status", "Een beëindigde deelovereenkomst verandert niet meer");
        }
        if (nieuw == huidig) {
            throw new DomainException("STATUS_ONGEWIJZIGD", "status", "De deelovereenkomst heeft deze status al");
        }
        if (per == null) {
            throw new DomainException("VERPLICHT", "per", "De datum waarop de status ingaat is verplicht");
        }
        if (nieuw != Contract.Status.ACTIEF && (reden == null || reden.isBlank())) {
            throw new DomainException("VERPLICHT", "reden", "Reden is verplicht bij opschorten en beëindigen");
        }
        if (per.isBefore(van) || per.isAfter(tot.plusDays(1))) {
            throw new DomainException("PER_BUITEN_LOOPTIJD", "per", "De datum ligt buiten de looptijd van de deelovereenkomst ("
                    + van + " t/m " + tot + ")");
        }
        LocalDate laatste = historie.stream().map(Stap::per).max(Comparator.naturalOrder()).orElse(null);
        if (laatste != null && per.isBefore(laatste)) {
            throw new DomainException("PER_VOOR_VORIGE_STAP", "per", "De datum ligt voor de vorige statuswijziging (" + laatste
                    + "); de geschiedenis wordt niet herschreven");
        }
    }
}
