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
        boolean deelname = neemtDeel(product.getProductgroepCode(), gemeenteId, datum);
        ContractStatusRegels.Oordeel o = ContractStatusRegels.oordeel(code, delen, deelname, product.getProductgroepCode(), datum);
        return new Leveringsoordeel(o.nieuweZorg(), o.lopendeZorg(), o.regel(), o.reden());
    }

    /**
     * Issue 13 rule 4, the participation half of the rule point: does the gemeente take part in the
     * product group on the date? Also asked by the figures and exports per gemeente and product
     * group (the WMO301 export, the dashboard), so they never show a gemeente for a group it does not buy.
     */
    public boolean neemtDeel(String productgroep, long gemeenteId, LocalDate datum) {
        return neemtDeel(productgroep, gemeenteId, datum, datum);
    }

    /** As {@link #neemtDeel(String, long, LocalDate)}, on some day of the period (both ends inclusive). */
    public boolean neemtDeel(String productgroep, long gemeenteId, LocalDate van, LocalDate tot) {
        return deelnames(gemeenteId).neemtDeel(productgroep, van, tot);
    }

    /** The gemeente's participation read once, for judging many rows of one gemeente (same rule, {@link Deelnames#neemtDeel}). */
    public Deelnames deelnames(long gemeenteId) {
        return new Deelnames(gemeenteId, gemeenten.get(gemeenteId).deelnames().stream()
                .map(d -> new Deelnames.Deelname(d.productgroep(), d.van(), d.tot())).toList());
    }

    /** The product group of a catalogue product, or null when the product is unknown. */
    public String productgroep(String productCode) {
        Product product = productCode == null ? null : repository.find(Product.class, productCode.strip().toUpperCase());
        return product == null ? null : product.getProductgroepCode();
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
