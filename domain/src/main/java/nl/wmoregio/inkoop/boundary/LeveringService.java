package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.wmoregio.inkoop.control.ContractStatusRegels;
import nl.wmoregio.inkoop.control.ContractStatusWijziging;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.entity.DeelStatus;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.shared.DomainException;

/**
 * "May provider X deliver product P to a client of gemeente G on date D?" — contract status per
 * deelovereenkomst on that date, its period, and the gemeente's participation in the product group
 * (issue 13 rules 2 and 4). The single question toegang (indicaties, renewals, the continuity
 * move) and iwmo (WMO305 starts, WMO323 lines) ask; the rule itself is
 * {@link ContractStatusRegels#oordeel}. Reads only; no client data passes here.
 */
@Stateless
@PermitAll
public class LeveringService {

    @Inject
    InkoopRepository repository;

    @Inject
    GemeenteService gemeenten;

    public Leveringsoordeel oordeel(long aanbiederId, String productCode, long gemeenteId, LocalDate datum) {
        String code = productCode == null ? "" : productCode.strip().toUpperCase();
        Product product = code.isEmpty() ? null : repository.find(Product.class, code);
        if (product == null) {
            return new Leveringsoordeel(false, false, ContractStatusRegels.GEEN_CONTRACT, "Product " + code + " staat niet in de catalogus");
        }
        List<ContractStatusRegels.Deel> delen = repository.delenVan(aanbiederId, code).stream()
                .map(d -> new ContractStatusRegels.Deel(d.getVan(), d.getTot(), ContractStatusWijziging.stappen(d))).toList();
        boolean deelname = gemeenten.deelnemersAan(product.getProductgroepCode(), datum, datum).stream()
                .anyMatch(g -> g.id() == gemeenteId);
        ContractStatusRegels.Oordeel o = ContractStatusRegels.oordeel(code, delen, deelname, product.getProductgroepCode(), datum);
        return new Leveringsoordeel(o.nieuweZorg(), o.lopendeZorg(), o.regel(), o.reden());
    }

    /** Refuses (problem+json naming the rule and {@code veld}) unless new care may start on the date. */
    public void vereisNieuweZorg(long aanbiederId, String productCode, long gemeenteId, LocalDate datum, String veld) {
        Leveringsoordeel o = oordeel(aanbiederId, productCode, gemeenteId, datum);
        if (!o.nieuweZorg()) {
            throw new DomainException(o.regel(), ContractStatusRegels.GEEN_DEELNAME.equals(o.regel()) ? "productCode" : veld,
                    o.reden());
        }
    }

    /** Every deelovereenkomst whose latest status is suspended or ended, with the date it holds from (continuity list). */
    public List<NietLeverend> nietLeverend() {
        return repository.nietActief().stream().map(LeveringService::nietLeverend)
                .sorted(Comparator.comparing(NietLeverend::aanbiederNaam).thenComparing(NietLeverend::productCode)).toList();
    }

    private static NietLeverend nietLeverend(Deelovereenkomst d) {
        DeelStatus laatste = d.getHistorie().stream().max(Comparator.comparing(DeelStatus::getPer).thenComparing(DeelStatus::getId))
                .orElse(null);
        return new NietLeverend(d.getContract().getAanbieder().getId(), d.getContract().getAanbieder().getNaam(),
                d.getProduct().getCode(), d.getStatus().name(), laatste == null ? d.getVan() : laatste.getPer(),
                laatste == null ? d.getEindeReden() : laatste.getReden());
    }

    /** Providers whose latest status for the product is ACTIEF (for choosing where a client moves to); the rule is checked again on the move. */
    public List<AanbiederKeuze> aanbiedersMet(String productCode) {
        return repository.actieveAanbieders(productCode == null ? "" : productCode.strip().toUpperCase()).stream()
                .map(r -> new AanbiederKeuze((Long) r[0], (String) r[1])).toList();
    }
}
