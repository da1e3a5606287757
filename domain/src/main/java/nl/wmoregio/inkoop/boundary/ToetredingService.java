package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.Contractering;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Toetreding;
import nl.wmoregio.inkoop.entity.ToetredingEis;
import nl.wmoregio.inkoop.entity.Toetredingsmoment;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/**
 * Toetreding: a provider applies at a toetredingsmoment for products of one procedure; the
 * procedure's requirements form the checklist; admission creates or extends the contract.
 */
@Stateless
@PermitAll
public class ToetredingService {

    static final Map<String, String> SORTEERBAAR = Map.of("ingediendOp", "t.ingediendOp", "aanbieder", "t.aanbieder.naam",
            "moment", "t.moment.datum", "status", "t.status");

    @Inject
    InkoopRepository repository;

    @Inject
    Contractering contractering;

    @Inject
    AuditService audit;

    @Resource
    SessionContext sessionContext;

    public Page<ToetredingView> zoek(String status, Long aanbiederId, PageRequest page) {
        StringBuilder from = new StringBuilder("from Toetreding t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null && !status.isBlank()) {
            from.append(" and t.status = :status");
            params.put("status", status(status, "status"));
        }
        if (aanbiederId != null) {
            from.append(" and t.aanbieder.id = :a");
            params.put("a", aanbiederId);
        }
        List<Toetreding> items = repository.page(Toetreding.class, "t", from.toString(), params, page, SORTEERBAAR, "t.ingediendOp",
                "t.aanbieder", "t.moment", "t.moment.procedure");
        return new Page<>(items.stream().map(InkoopMapper::view).toList(), page.page(), page.size(),
                repository.count("t", from.toString(), params));
    }

    public ToetredingDetail get(long id) {
        return InkoopMapper.detail(repository.get(Toetreding.class, id, "Toetreding"));
    }

    @RolesAllowed(Rollen.INKOOP)
    public ToetredingDetail dienIn(ToetredingInput input) {
        Aanbieder aanbieder = repository.reference(Aanbieder.class, input.aanbiederId(), "aanbiederId", "Aanbieder");
        Toetredingsmoment moment = repository.reference(Toetredingsmoment.class, input.momentId(), "momentId", "Toetredingsmoment");
        Inkoopprocedure procedure = moment.getProcedure();
        if (procedure.getType() == Inkoopprocedure.Type.GESLOTEN) {
            throw new DomainException("TOETREDING_GESLOTEN", "momentId",
                    "Deze procedure laat geen nieuwe aanbieders toe (" + procedure.getNaam() + ")");
        }
        if (aanbieder.getStatus() != Aanbieder.Status.ACTIEF) {
            throw new DomainException("AANBIEDER_INACTIEF", "aanbiederId", "Een inactieve aanbieder kan niet toetreden");
        }
        if (input.producten() == null || input.producten().isEmpty()) {
            throw new DomainException("VERPLICHT", "producten", "Kies minstens één product");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : input.producten()) {
            Product product = repository.reference(Product.class, code == null ? null : code.strip().toUpperCase(), "producten", "Product");
            InkoopRules.productBijProcedure(product.getProductgroepCode(), procedure.getProductgroepCode());
            codes.add(product.getCode());
        }
        if (repository.openToetreding(aanbieder, moment)) {
            throw new DomainException("TOETREDING_BESTAAT", "momentId",
                    "Deze aanbieder heeft voor dit toetredingsmoment al een aanvraag in behandeling");
        }
        Toetreding toetreding = new Toetreding(aanbieder, moment, codes, Tijd.nuUtc());
        repository.persist(toetreding);
        repository.flush();
        audit.record("Toetreding", toetreding.getId(), "INGEDIEND", aanbieder.getNaam() + " voor " + codes + " per "
                + moment.getDatum(), null);
        return get(toetreding.getId());
    }

    @RolesAllowed(Rollen.INKOOP)
    public ToetredingDetail beoordeelEis(long id, long eisId, EisBeoordeling beoordeling) {
        Toetreding toetreding = inBehandeling(id);
        ToetredingEis regel = toetreding.getEisen().stream().filter(e -> e.getEis().getId() == eisId).findFirst()
                .orElseThrow(() -> new NotFoundException("Eis", eisId));
        if (beoordeling.bewijsGrootte() != null && beoordeling.bewijsGrootte() < 0) {
            throw new DomainException("BEWIJS_ONGELDIG", "bewijsGrootte", "De grootte van het bewijsstuk is 0 of meer bytes");
        }
        regel.beoordeel(beoordeling.voldaan(), beoordeling.bewijsNaam(), beoordeling.bewijsType(), beoordeling.bewijsGrootte(),
                beoordeling.notitie() == null ? null : InkoopRules.tekst(beoordeling.notitie(), "notitie", "Notitie", 1000));
        repository.lockForUpdate(toetreding);
        flush(toetreding);
        audit.record("Toetreding", id, "EIS_BEOORDEELD", regel.getEis().getCode() + ": " + beoordeling.voldaan(), beoordeling.notitie());
        return get(id);
    }

    /** Admits (creating or extending the contract) or refuses the application, with a motivation. */
    @RolesAllowed(Rollen.INKOOP)
    public ToetredingDetail besluit(long id, long expectedVersion, Besluit besluit) {
        Toetreding toetreding = inBehandeling(id);
        Versies.controleer(toetreding.getVersion(), expectedVersion, "Toetreding");
        Toetreding.Status uitkomst = status(besluit.besluit(), "besluit");
        if (uitkomst == Toetreding.Status.INGEDIEND) {
            throw new DomainException("BESLUIT_ONGELDIG", "besluit", "Het besluit is TOEGELATEN of AFGEWEZEN");
        }
        String reden = InkoopRules.tekst(besluit.reden(), "reden", "De motivering", 1000);
        if (uitkomst == Toetreding.Status.TOEGELATEN) {
            InkoopRules.verplichteEisenVoldaan(toetreding.getEisen().stream()
                    .filter(e -> e.getEis().isVerplicht() && !Boolean.TRUE.equals(e.getVoldaan()))
                    .map(e -> e.getEis().getCode() + " (" + e.getEis().getOmschrijving() + ")")
                    .toList());
            for (String code : toetreding.getProductCodes()) {
                contractering.contracteer(toetreding.getAanbieder(), toetreding.getMoment().getProcedure(),
                        repository.get(Product.class, code, "Product"), toetreding.getMoment().getDatum());
            }
        }
        toetreding.besluit(uitkomst, reden, sessionContext.getCallerPrincipal().getName(), Tijd.nuUtc());
        flush(toetreding);
        audit.record("Toetreding", id, uitkomst.name(), String.join(",", toetreding.getProductCodes()), reden);
        return get(id);
    }

    private Toetreding inBehandeling(long id) {
        Toetreding toetreding = repository.get(Toetreding.class, id, "Toetreding");
        if (toetreding.getStatus() != Toetreding.Status.INGEDIEND) {
            throw new DomainException("TOETREDING_AFGEROND", "status",
                    "Over deze aanvraag is al besloten (" + toetreding.getStatus() + ")");
        }
        return toetreding;
    }

    private void flush(Toetreding toetreding) {
        Versies.flush(repository::flush, "Toetreding", toetreding::getVersion);
    }

    static Toetreding.Status status(String raw, String field) {
        try {
            return Toetreding.Status.valueOf(raw == null ? "" : raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("STATUS_ONBEKEND", field, "besluit".equals(field) ? "Kies TOEGELATEN of AFGEWEZEN"
                    : "Status is INGEDIEND, TOEGELATEN of AFGEWEZEN");
        }
    }
}
