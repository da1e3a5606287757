package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Toetredingsmoment;
import nl.wmoregio.shared.DomainException;

/**
 * Creates or extends a provider's contract with a deelovereenkomst, applying every contract
 * rule; used by direct contracting and by admitting an application.
 */
@Dependent
public class Contractering {

    @Inject
    InkoopRepository repository;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    public Deelovereenkomst contracteer(Aanbieder aanbieder, Inkoopprocedure procedure, Product product, LocalDate van) {
        InkoopRules.productBijProcedure(product.getProductgroepCode(), procedure.getProductgroepCode());
        InkoopRules.bwRecht(product.getProductgroepCode(), aanbieder.isBwRecht2014());
        InkoopRules.startOpToetredingsmoment(van, procedure.getMomenten().stream().map(Toetredingsmoment::getDatum).toList());
        // Serialises concurrent admissions to the same procedure, so a maximum cannot be overrun.
        em.lock(procedure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        InkoopRules.maximumAanbieders(procedure.getMaxAanbieders(), repository.aantalGecontracteerd(procedure),
                repository.heeftDeelovereenkomst(aanbieder, procedure));
        Contract contract = repository.contractVan(aanbieder).orElseGet(() -> {
            Contract nieuw = new Contract(aanbieder, String.format("RO-%05d", aanbieder.getId()), van, procedure.getContractTot());
            repository.persist(nieuw);
            return nieuw;
        });
        if (contract.getStatus() == Contract.Status.BEEINDIGD) {
            throw new DomainException("CONTRACT_BEEINDIGD", "aanbiederId",
                    "De raamovereenkomst van deze aanbieder is beëindigd; er komt geen deelovereenkomst bij");
        }
        boolean bestaat = contract.getDeelovereenkomsten().stream()
                .anyMatch(d -> d.getProduct().getCode().equals(product.getCode()) && d.getStatus() != Contract.Status.BEEINDIGD);
        if (bestaat) {
            throw new DomainException("DEEL_BESTAAT", "productCode",
                    "Deze aanbieder heeft al een lopende deelovereenkomst voor " + product.getNaam());
        }
        return contract.voegDeelToe(procedure, product, van, procedure.getContractTot());
    }
}
