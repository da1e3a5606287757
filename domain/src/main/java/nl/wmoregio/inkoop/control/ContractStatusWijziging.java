package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.DeelStatus;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Tijd;

/**
 * Applies a status change to one deelovereenkomst or to a whole raamovereenkomst after
 * {@link ContractStatusRegels#overgang}; records the history step and the audit entry. The only
 * code that changes a contract's status (contract management and toezicht measures both come here).
 */
@Dependent
public class ContractStatusWijziging {

    @Inject
    AuditService audit;

    public void deel(Contract contract, Deelovereenkomst deel, Contract.Status nieuw, LocalDate per, String reden,
                     String bron, String door) {
        Contract.Status oud = deel.getStatus();
        ContractStatusRegels.overgang(oud, nieuw, per, reden, deel.getVan(), deel.getTot(), stappen(deel));
        deel.zetStatus(nieuw, per, reden, bron, door, Tijd.nuUtc());
        Contract.Status afgeleid = afgeleid(contract);
        contract.zetStatus(afgeleid, afgeleid == Contract.Status.ACTIEF ? null : reden);
        audit.record("Contract", contract.getId(), "DEEL_STATUS", deel.getProduct().getCode() + " (deelovereenkomst "
                + deel.getId() + "): " + oud + " -> " + nieuw + " per " + per + " [" + bron + "]", reden);
    }

    /** The whole raamovereenkomst: every deelovereenkomst not yet ended and running on the date changes with it. */
    public void geheel(Contract contract, Contract.Status nieuw, LocalDate per, String reden, String bron, String door) {
        if (contract.getStatus() == Contract.Status.BEEINDIGD) {
            throw new DomainException("CONTRACT_BEEINDIGD", "status", "Een beëindigd contract verandert niet meer");
        }
        Contract.Status oud = contract.getStatus();
        int geraakt = 0;
        for (Deelovereenkomst deel : contract.getDeelovereenkomsten()) {
            if (deel.getStatus() == Contract.Status.BEEINDIGD || deel.getStatus() == nieuw
                    || per != null && (per.isAfter(deel.getTot().plusDays(1)) || per.isBefore(deel.getVan()))) {
                continue;
            }
            ContractStatusRegels.overgang(deel.getStatus(), nieuw, per, reden, deel.getVan(), deel.getTot(), stappen(deel));
            deel.zetStatus(nieuw, per, reden, bron, door, Tijd.nuUtc());
            geraakt++;
        }
        if (geraakt == 0 && oud == nieuw) {
            throw new DomainException("STATUS_ONGEWIJZIGD", "status", "Het contract heeft deze status al");
        }
        if (nieuw != Contract.Status.ACTIEF && (reden == null || reden.isBlank())) {
            throw new DomainException("VERPLICHT", "reden", "Reden is verplicht bij opschorten en beëindigen");
        }
        contract.zetStatus(nieuw, nieuw == Contract.Status.ACTIEF ? null : reden);
        audit.record("Contract", contract.getId(), "STATUS", oud + " -> " + nieuw + " per " + per + " (" + geraakt
                + " deelovereenkomsten) [" + bron + "]", reden);
    }

    /** The raamovereenkomst shows the status of its deelovereenkomsten: ended when all are, suspended when none is active. */
    static Contract.Status afgeleid(Contract contract) {
        List<Contract.Status> statussen = contract.getDeelovereenkomsten().stream().map(Deelovereenkomst::getStatus).toList();
        if (statussen.isEmpty() || statussen.contains(Contract.Status.ACTIEF)) {
            return Contract.Status.ACTIEF;
        }
        return statussen.contains(Contract.Status.OPGESCHORT) ? Contract.Status.OPGESCHORT : Contract.Status.BEEINDIGD;
    }

    public static List<ContractStatusRegels.Stap> stappen(Deelovereenkomst deel) {
        return deel.getHistorie().stream().map(s -> new ContractStatusRegels.Stap(s.getStatus(), s.getPer())).toList();
    }

    public static List<DeelStatus> historie(Deelovereenkomst deel) {
        return deel.getHistorie();
    }
}
