package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.BediendeGemeenten;
import nl.wmoregio.inkoop.control.ContractStatusWijziging;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.inkoop.entity.InkoopTaak;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/**
 * Contract status per deelovereenkomst and per raamovereenkomst (issue 13 rule 1), with a date,
 * a reason and a history; a confirmed toezicht measure comes here too and leaves a task with a
 * deadline on the inkoop worklist (rule 3). Every change is audited; stale versions are 412.
 */
@Stateless
@PermitAll
public class ContractStatusService {

    public static final String CONTRACTBEHEER = "CONTRACTBEHEER";

    @Inject
    InkoopRepository repository;
    @Inject
    ContractStatusWijziging wijziging;
    @Inject
    BediendeGemeenten bediendeGemeenten;
    @Inject
    AuditService audit;
    @Resource
    SessionContext sessionContext;

    /** Suspends, resumes or ends one deelovereenkomst (e.g. only BW); If-Match is the contract's version. */
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public ContractDetail wijzigDeel(long contractId, long deelId, long expectedVersion, StatusInput input) {
        Contract contract = versie(contractId, expectedVersion);
        Deelovereenkomst deel = contract.getDeelovereenkomsten().stream().filter(d -> d.getId() == deelId).findFirst()
                .orElseThrow(() -> new NotFoundException("Deelovereenkomst", deelId));
        wijziging.deel(contract, deel, status(input.status()), per(input.per()), reden(input.reden()), CONTRACTBEHEER, door());
        flush(contract);
        return detail(contractId);
    }

    /** The whole raamovereenkomst: every running deelovereenkomst changes with it. */
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public ContractDetail wijzigGeheel(long contractId, long expectedVersion, StatusInput input) {
        Contract contract = versie(contractId, expectedVersion);
        wijziging.geheel(contract, status(input.status()), per(input.per()), reden(input.reden()), CONTRACTBEHEER, door());
        flush(contract);
        return detail(contractId);
    }

    /**
     * A confirmed toezicht measure "opschorting" or "beëindiging": changes the deelovereenkomst of
     * the product (or the whole raamovereenkomst) through the same rule point, and puts a task with
     * the measure's deadline on the inkoop worklist. Runs in the caller's transaction: when the
     * contract change is refused, the measure is not saved either.
     */
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER})
    public ContractDetail doorToezicht(ToezichtStatusInput input) {
        Aanbieder aanbieder = repository.reference(Aanbieder.class, input.aanbiederId(), "aanbiederId", "Aanbieder");
        Contract contract = repository.contractVan(aanbieder).orElseThrow(() -> new DomainException(
                "AANBIEDER_NIET_GECONTRACTEERD", "aanbiederId", "Deze aanbieder heeft geen raamovereenkomst"));
        repository.lockForUpdate(contract);
        Contract.Status nieuw = status(input.status());
        LocalDate per = per(input.per());
        String reden = reden(input.reden());
        String bron = InkoopRules.tekst(input.bron(), "bron", "Bron", 100);
        if (input.productCode() == null || input.productCode().isBlank()) {
            wijziging.geheel(contract, nieuw, per, reden, bron, door());
        } else {
            String product = input.productCode().strip().toUpperCase();
            Deelovereenkomst deel = contract.getDeelovereenkomsten().stream()
                    .filter(d -> d.getProduct().getCode().equals(product) && d.getStatus() != Contract.Status.BEEINDIGD)
                    .findFirst().orElseThrow(() -> new DomainException("AANBIEDER_NIET_GECONTRACTEERD", "productCode",
                            "Deze aanbieder heeft geen lopende deelovereenkomst voor " + product));
            wijziging.deel(contract, deel, nieuw, per, reden, bron, door());
        }
        if (input.deadline() == null) {
            throw new DomainException("VERPLICHT", "deadline", "De taak voor inkoop heeft een deadline nodig");
        }
        InkoopTaak taak = new InkoopTaak(aanbieder.getId(), contract.getId(), "Toezicht: " + nieuw + " "
                + (input.productCode() == null || input.productCode().isBlank() ? "raamovereenkomst" : input.productCode().strip().toUpperCase())
                + " per " + per + " — continuïteit van zorg regelen (overgangsrecht), aanbieder informeren. " + reden,
                input.deadline(), bron, Tijd.nuUtc());
        repository.persist(taak);
        flush(contract);
        audit.record("InkoopTaak", taak.getId(), "AANGEMAAKT", bron + " deadline " + input.deadline(), null);
        return detail(contract.getId());
    }

    /** The inkoop worklist: open tasks, earliest deadline first (or all when {@code ookAfgerond}). */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public List<TaakView> taken(boolean ookAfgerond) {
        List<InkoopTaak> taken = repository.taken(ookAfgerond);
        Map<Long, String> namen = repository.aanbiederNamen(taken.stream().map(InkoopTaak::getAanbiederId).distinct().toList());
        LocalDate vandaag = Tijd.vandaag();
        return taken.stream().map(t -> view(t, namen.get(t.getAanbiederId()), vandaag)).toList();
    }

    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public TaakView rondTaakAf(long taakId, long expectedVersion) {
        InkoopTaak taak = repository.get(InkoopTaak.class, taakId, "Taak");
        Versies.controleer(taak.getVersion(), expectedVersion, "Taak " + taakId);
        if (!InkoopTaak.OPEN.equals(taak.getStatus())) {
            throw new DomainException("TAAK_AFGEROND", "status", "De taak is al afgerond");
        }
        taak.rondAf(door(), Tijd.nuUtc());
        Versies.flush(repository::flush, "Taak " + taakId, taak::getVersion);
        audit.record("InkoopTaak", taakId, "AFGEROND", "OPEN -> AFGEROND", null);
        return view(taak, repository.aanbiederNamen(List.of(taak.getAanbiederId())).get(taak.getAanbiederId()), Tijd.vandaag());
    }

    private static TaakView view(InkoopTaak t, String naam, LocalDate vandaag) {
        return new TaakView(t.getId(), t.getAanbiederId(), naam, t.getContractId(), t.getOmschrijving(), t.getDeadline(),
                InkoopTaak.OPEN.equals(t.getStatus()) && t.getDeadline().isBefore(vandaag), t.getBron(), t.getStatus(),
                t.getAangemaaktOp(), t.getVersion());
    }

    private ContractDetail detail(long contractId) {
        return InkoopMapper.detail(repository.get(Contract.class, contractId, "Contract"), bediendeGemeenten::van);
    }

    private Contract versie(long contractId, long expectedVersion) {
        Contract contract = repository.get(Contract.class, contractId, "Contract");
        Versies.controleer(contract.getVersion(), expectedVersion, "Contract " + contract.getNummer());
        repository.lockForUpdate(contract);
        return contract;
    }

    private void flush(Contract contract) {
        Versies.flush(repository::flush, "Contract " + contract.getNummer(), contract::getVersion);
    }

    private String door() {
        return sessionContext.getCallerPrincipal().getName();
    }

    private static LocalDate per(LocalDate per) {
        return per == null ? Tijd.vandaag() : per;
    }

    private static String reden(String reden) {
        return reden == null || reden.isBlank() ? null : InkoopRules.tekst(reden, "reden", "Reden", 500);
    }

    static Contract.Status status(String raw) {
        return ContractService.status(raw);
    }
}
