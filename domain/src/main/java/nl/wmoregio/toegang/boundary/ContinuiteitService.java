package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.boundary.AanbiederKeuze;
import nl.wmoregio.inkoop.boundary.LeveringService;
import nl.wmoregio.inkoop.boundary.NietLeverend;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.toegang.control.IndicatieRules;
import nl.wmoregio.toegang.control.ToegangRepository;
import nl.wmoregio.toegang.entity.ClientInzage;
import nl.wmoregio.toegang.entity.Indicatie;

/**
 * The continuity list (issue 13 rule 2, seed 004 overgangsrecht): clients with an open indicatie
 * at a provider whose deelovereenkomst for the product is suspended or ended, for contract
 * management (without client identity) and for the client's own gemeente; and the move that ends
 * such an indicatie and starts a linked one at another contracted provider, through the same
 * indicatie rules (so the new provider must be allowed to take the client on that date).
 */
@Stateless
public class ContinuiteitService {

    public static final String OVERGANG = "CONTINUITEIT";
    static final String DOEL = "Continuïteit van zorg (overgangsrecht)";

    @Inject
    Bereik bereik;

    @Inject
    ToegangRepository repository;
    @Inject
    LeveringService levering;
    @Inject
    IndicatieRules indicatieRules;
    @Inject
    AuditService audit;
    @Inject
    Verwerkingslog verwerkingslog;
    @Resource
    SessionContext sessionContext;

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.INKOOP, Rollen.CONTRACTMANAGER})
    public List<ContinuiteitRegel> lijst() {
        Long gemeente = eigenGemeente();
        boolean metClient = sessionContext.isCallerInRole(Rollen.BEHEERDER) || gemeente != null;
        Map<Long, String> gemeenten = repository.gemeenteNamen();
        Map<String, String> producten = repository.productNamen();
        List<ContinuiteitRegel> regels = new ArrayList<>();
        List<String> gezien = new ArrayList<>();
        for (NietLeverend n : levering.nietLeverend()) {
            for (Indicatie i : repository.openIndicatiesBij(n.aanbiederId(), n.productCode(), n.per(), gemeente)) {
                regels.add(new ContinuiteitRegel(i.getId(), i.getVersion(), metClient ? i.getClient().getId() : null,
                        metClient ? i.getClient().getPseudoniem() : null, i.getGemeenteId(), gemeenten.get(i.getGemeenteId()),
                        i.getProductCode(), producten.get(i.getProductCode()), n.aanbiederId(), n.aanbiederNaam(), n.status(),
                        n.per(), n.reden(), i.getVan(), i.getTot()));
                if (metClient) {
                    gezien.add(i.getClient().getPseudoniem());
                }
            }
        }
        verwerkingslog.registreerAlle(gezien, Verwerkingslog.LIJST, DOEL);
        return regels;
    }

    /** The providers a client on the list can move to: those with a running deelovereenkomst for the product. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public List<AanbiederKeuze> alternatieven(String productCode) {
        return levering.aanbiedersMet(productCode);
    }

    /**
     * Ends the indicatie the day before {@code per} and starts a new one at the chosen provider from
     * {@code per}, same product, volume and end date, linked to the old one (vorigeId) and marked
     * CONTINUITEIT. Only for an indicatie on the continuity list; If-Match is the old indicatie's version.
     */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public IndicatieView verhuis(long indicatieId, long expectedVersion, OvergangInput input) {
        Long gemeente = eigenGemeente();
        Indicatie oud = repository.indicatie(indicatieId);
        if (gemeente != null && oud.getClient().getGemeenteId() != gemeente) {
            throw new GeenToegang("Deze cliënt woont niet in uw gemeente");
        }
        Versies.controleer(oud.getVersion(), expectedVersion, "Indicatie " + indicatieId);
        if (oud.getRedenEinde() != null) {
            throw new DomainException("INDICATIE_BEEINDIGD", "indicatieId", "Een beëindigde indicatie verhuist niet meer");
        }
        NietLeverend reden = levering.nietLeverend().stream()
                .filter(n -> n.aanbiederId() == oud.getAanbiederId() && n.productCode().equals(oud.getProductCode())).findFirst()
                .orElseThrow(() -> new DomainException("NIET_OP_CONTINUITEITSLIJST", "indicatieId",
                        "De deelovereenkomst van deze aanbieder voor " + oud.getProductCode() + " loopt gewoon; verhuizen is niet nodig"));
        if (input.aanbiederId() == null) {
            throw new DomainException("AANBIEDER_VERPLICHT", "aanbiederId", "Kies de aanbieder waar de cliënt naartoe gaat");
        }
        if (input.aanbiederId() == oud.getAanbiederId()) {
            throw new DomainException("ZELFDE_AANBIEDER", "aanbiederId", "Kies een andere aanbieder dan de huidige");
        }
        LocalDate per = input.per() == null ? Tijd.vandaag() : input.per();
        if (!per.isAfter(oud.getVan())) {
            throw new DomainException("OVERGANG_TE_VROEG", "per", "De overgang ligt na het begin van de indicatie (" + oud.getVan() + ")");
        }
        if (oud.getTot() != null && per.isAfter(oud.getTot())) {
            throw new DomainException("OVERGANG_NA_EINDE", "per", "De indicatie loopt tot " + oud.getTot() + "; er valt niets te verhuizen");
        }
        Indicatie nieuw = new Indicatie(oud.getClient(), oud.getId(), Tijd.nuUtc());
        indicatieRules.vul(nieuw, new IndicatieInput(oud.getProductCode(), oud.getCategorie(), input.aanbiederId(), per, oud.getTot(),
                oud.getVolume(), null, null, oud.getBudgetCent(), oud.getRedenWijziging(), oud.getId()), true); // eenheid, frequentie: from the product (rule 7)
        nieuw.markeerOvergang(OVERGANG);
        repository.persist(nieuw);
        oud.beeindig(per.minusDays(1), "ANDERS");
        Versies.flush(repository::flush, "Indicatie " + indicatieId, oud::getVersion);
        String wie = sessionContext.getCallerPrincipal().getName();
        repository.log(new ClientInzage(Tijd.nuUtc(), wie, gemeente != null ? Rollen.GEMEENTE : Rollen.BEHEERDER,
                oud.getClient().getPseudoniem(), Verwerkingslog.WIJZIGEN, DOEL));
        String waarom = "Overgangsrecht: deelovereenkomst " + reden.productCode() + " van aanbieder " + reden.aanbiederId() + " "
                + reden.status() + " per " + reden.per();
        audit.record(ClientService.AUDIT_INDICATIE, indicatieId, "BEEINDIGD", "stopZorg=" + oud.getStopZorg() + "; verhuisd naar indicatie "
                + nieuw.getId(), waarom);
        audit.record(ClientService.AUDIT_INDICATIE, nieuw.getId(), "AANGEMAAKT", "overgang=" + OVERGANG + "; vorigeId=" + indicatieId
                + "; aanbiederId=" + input.aanbiederId() + "; van=" + per, waarom);
        return ClientService.indicatieView(nieuw, repository.productNamen(), repository.aanbiederNamen(List.of(nieuw.getAanbiederId())),
                List.of());
    }

    private Long eigenGemeente() {
        if (!sessionContext.isCallerInRole(Rollen.GEMEENTE) || sessionContext.isCallerInRole(Rollen.BEHEERDER)) {
            return null;
        }
        return bereik.beperktTot();
    }
}
