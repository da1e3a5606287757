package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.BediendeGemeenten;
import nl.wmoregio.inkoop.control.Contractering;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Versies;

/**
 * Raamovereenkomsten and deelovereenkomsten. Every change is audited. Which gemeenten a
 * deelovereenkomst serves follows from the gemeenten's participation in its product group.
 */
@Stateless
@PermitAll
public class ContractService {

    static final Map<String, String> SORTEERBAAR = Map.of("nummer", "c.nummer", "aanbieder", "c.aanbieder.naam",
            "van", "c.van", "tot", "c.tot", "status", "c.status");

    @Inject
    InkoopRepository repository;

    @Inject
    Contractering contractering;

    @Inject
    BediendeGemeenten bediendeGemeenten;

    @Inject
    AuditService audit;

    public Page<ContractView> zoek(String zoek, String status, String productgroep, PageRequest page) {
        Selectie selectie = selectie(zoek, status, productgroep);
        return new Page<>(pagina(selectie, page).stream().map(InkoopMapper::view).toList(), page.page(), page.size(),
                repository.count("c", selectie.from(), selectie.params()));
    }

    private record Selectie(String from, Map<String, Object> params) {
    }

    private static Selectie selectie(String zoek, String status, String productgroep) {
        StringBuilder from = new StringBuilder("from Contract c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (zoek != null && !zoek.isBlank()) {
            from.append(" and (lower(c.aanbieder.naam) like :zoek or lower(c.nummer) like :zoek)");
            params.put("zoek", InkoopRepository.like(zoek));
        }
        if (status != null && !status.isBlank()) {
            from.append(" and c.status = :status");
            params.put("status", status(status));
        }
        if (productgroep != null && !productgroep.isBlank()) {
            from.append(" and exists (select d.id from Deelovereenkomst d where d.contract = c and d.product.productgroepCode = :g)");
            params.put("g", productgroep.strip().toUpperCase());
        }
        return new Selectie(from.toString(), params);
    }

    /** The page's contracts with their provider and deelovereenkomsten, which the views and the CSV read. */
    private List<Contract> pagina(Selectie selectie, PageRequest page) {
        return repository.page(Contract.class, "c", selectie.from(), selectie.params(), page, SORTEERBAAR,
                "c.aanbieder.naam", "c.aanbieder", "c.deelovereenkomsten");
    }

    public ContractDetail get(long id) {
        return InkoopMapper.detail(repository.get(Contract.class, id, "Contract"), bediendeGemeenten::van);
    }

    /** Contracts a provider for a product (creating its raamovereenkomst when it has none). */
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public ContractDetail contracteer(ContractInput input) {
        Aanbieder aanbieder = repository.reference(Aanbieder.class, input.aanbiederId(), "aanbiederId", "Aanbieder");
        Inkoopprocedure procedure = repository.reference(Inkoopprocedure.class, input.procedureId(), "procedureId", "Inkoopprocedure");
        Product product = repository.reference(Product.class, input.productCode() == null ? null
                : input.productCode().strip().toUpperCase(), "productCode", "Product");
        Deelovereenkomst deel = contractering.contracteer(aanbieder, procedure, product, input.van());
        repository.flush();
        audit.record("Contract", deel.getContract().getId(), "DEELOVEREENKOMST_TOEGEVOEGD",
                product.getCode() + " vanaf " + input.van() + " (procedure " + procedure.getId() + ")", null);
        return get(deel.getContract().getId());
    }

    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public ContractDetail verleng(long contractId, long deelId, long expectedVersion) {
        Contract contract = versie(contractId, expectedVersion);
        Deelovereenkomst deel = contract.getDeelovereenkomsten().stream().filter(d -> d.getId() == deelId).findFirst()
                .orElseThrow(() -> new NotFoundException("Deelovereenkomst", deelId));
        InkoopRules.verlengbaar(deel.getVerlengingen(), Deelovereenkomst.MAX_VERLENGINGEN);
        deel.verlengMetEenJaar();
        flush(contract);
        audit.record("Contract", contractId, "VERLENGD", deel.getProduct().getCode() + " tot " + deel.getTot()
                + " (verlenging " + deel.getVerlengingen() + ")", null);
        // Issue 13 rule 6: the extension extends the tariff window; last year's tariffs carry into it at 0%.
        for (nl.wmoregio.inkoop.entity.Tarief t : tarifering.voortzetten(deel.getProduct(), deel.getTot().getYear())) {
            repository.flush();
            audit.record("Tarief", t.getId(), "VOORTGEZET", t.getProduct().getCode() + " " + t.getCategorie() + " " + t.getJaar()
                    + ": " + t.getBedragCent() + " cent (0%, verlenging contract " + contractId + ")", null);
        }
        return get(contractId);
    }

    /** The whole raamovereenkomst; the rules and the history are in {@link ContractStatusService}. */
    @RolesAllowed({Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public ContractDetail wijzigStatus(long contractId, long expectedVersion, StatusInput input) {
        return statusService.wijzigGeheel(contractId, expectedVersion, input);
    }

    @Inject
    ContractStatusService statusService;

    @Inject
    nl.wmoregio.inkoop.control.Tarifering tarifering;

    /** The contracted providers as CSV. */
    public String gecontracteerdenCsv() {
        StringBuilder csv = new StringBuilder("contract;aanbieder;kvk;agb;van;tot;status;producten\n");
        Selectie alle = selectie(null, null, null);
        long totaal = repository.count("c", alle.from(), alle.params());
        for (int pagina = 0; (long) pagina * PageRequest.MAX_SIZE < totaal; pagina++) {
            for (Contract c : pagina(alle, new PageRequest(pagina, PageRequest.MAX_SIZE, null, true))) {
                String producten = String.join(",", c.getDeelovereenkomsten().stream()
                        .filter(d -> d.getStatus() != Contract.Status.BEEINDIGD).map(d -> d.getProduct().getCode()).sorted().toList());
                csv.append(Csv.row(c.getNummer(), c.getAanbieder().getNaam(), c.getAanbieder().getKvkNummer(),
                        c.getAanbieder().getAgbCode(), c.getVan(), c.getTot(), c.getStatus().name(), producten));
            }
        }
        return csv.toString();
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

    static Contract.Status status(String raw) {
        try {
            return Contract.Status.valueOf(raw == null ? "" : raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("STATUS_ONBEKEND", "status", "Status is ACTIEF, OPGESCHORT of BEEINDIGD");
        }
    }
}
