package nl.wmoregio.inkoop.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.wmoregio.inkoop.boundary.AanbiederDetail;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.inkoop.boundary.ContractDetail;
import nl.wmoregio.inkoop.boundary.ContractView;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.inkoop.boundary.ProductView;
import nl.wmoregio.inkoop.boundary.TariefView;
import nl.wmoregio.inkoop.boundary.ToetredingDetail;
import nl.wmoregio.inkoop.boundary.ToetredingView;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Contract;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Tarief;
import nl.wmoregio.inkoop.entity.Toetreding;

/** Entities stay in the component; callers get these views. */
public final class InkoopMapper {

    private InkoopMapper() {
    }

    public static AanbiederView view(Aanbieder a, Contract contract) {
        return new AanbiederView(a.getId(), a.getNaam(), a.getKvkNummer(), a.getAgbCode(), a.getStatus().name(),
                a.isBwRecht2014(), contract == null ? null : contract.getNummer(),
                contract == null ? null : contract.getStatus().name(), a.getVersion());
    }

    public static AanbiederDetail detail(Aanbieder a, Contract contract, Function<Deelovereenkomst, List<String>> gemeenten) {
        return new AanbiederDetail(view(a, contract),
                a.getLocaties().stream().map(l -> new AanbiederDetail.LocatieView(l.getNaam(), l.getAdres(), l.getPostcode(), l.getPlaats())).toList(),
                a.getContacten().stream().map(c -> new AanbiederDetail.ContactView(c.getNaam(), c.getFunctie(), c.getEmail(), c.getTelefoon())).toList(),
                contract == null ? null : detail(contract, gemeenten));
    }

    public static ContractView view(Contract c) {
        return new ContractView(c.getId(), c.getNummer(), c.getAanbieder().getId(), c.getAanbieder().getNaam(), c.getVan(),
                c.getTot(), c.getStatus().name(), c.getEindeReden(), c.getDeelovereenkomsten().size(), c.getVersion());
    }

    public static ContractDetail detail(Contract c, Function<Deelovereenkomst, List<String>> gemeenten) {
        return new ContractDetail(view(c), c.getDeelovereenkomsten().stream()
                .sorted(Comparator.comparing((Deelovereenkomst d) -> d.getProduct().getCode()).thenComparing(Deelovereenkomst::getVan))
                .map(d -> new ContractDetail.DeelView(d.getId(), d.getProduct().getCode(), d.getProduct().getNaam(),
                        d.getProduct().getProductgroepCode(), d.getProcedure().getId(), d.getVan(), d.getTot(),
                        d.getVerlengingen(), d.getStatus().name(), d.getEindeReden(), gemeenten.apply(d),
                        d.getHistorie().stream().map(s -> new ContractDetail.StatusStap(s.getStatus().name(), s.getPer(),
                                s.getReden(), s.getBron(), s.getDoor(), s.getVastgelegdOp())).toList()))
                .toList());
    }

    public static ProductView view(Product p) {
        return new ProductView(p.getCode(), p.getNaam(), p.getProductgroepCode(), p.getIwmoProductcategorie(),
                p.getBekostiging().name(), p.getEenheid(), p.getFrequentie(), p.categorieLijst());
    }

    public static TariefView view(Tarief t) {
        return new TariefView(t.getId(), t.getProduct().getCode(), t.getProduct().getNaam(), t.getCategorie(), t.getJaar(),
                t.getBedragCent(), t.getIndexatiePct(), t.getVersion());
    }

    public static ProcedureView view(Inkoopprocedure p, long aantalGecontracteerd) {
        return new ProcedureView(p.getId(), p.getNaam(), p.getProductgroepCode(), p.getType().name(), p.getMaxAanbieders(),
                p.getContractVan(), p.getContractTot(),
                p.getMomenten().stream().map(m -> new ProcedureView.MomentView(m.getId(), m.getDatum())).toList(),
                p.getEisen().stream().map(e -> new ProcedureView.EisView(e.getId(), e.getCode(), e.getOmschrijving(), e.isVerplicht())).toList(),
                aantalGecontracteerd);
    }

    public static ToetredingView view(Toetreding t) {
        Inkoopprocedure p = t.getMoment().getProcedure();
        return new ToetredingView(t.getId(), t.getAanbieder().getId(), t.getAanbieder().getNaam(), p.getId(), p.getNaam(),
                t.getMoment().getDatum(), List.copyOf(t.getProductCodes()), t.getStatus().name(), t.getIngediendOp(),
                t.getBeslotenOp(), t.getBeoordelaar(), t.getBesluitReden(), t.getVersion());
    }

    public static ToetredingDetail detail(Toetreding t) {
        return new ToetredingDetail(view(t), t.getEisen().stream()
                .sorted(Comparator.comparing(e -> e.getEis().getVolgorde()))
                .map(e -> new ToetredingDetail.EisRegel(e.getEis().getId(), e.getEis().getCode(), e.getEis().getOmschrijving(),
                        e.getEis().isVerplicht(), e.getVoldaan(), e.getBewijsNaam(), e.getBewijsType(), e.getBewijsGrootte(),
                        e.getNotitie()))
                .toList());
    }
}
