package nl.wmoregio.toegang.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.boundary.LeveringService;
import nl.wmoregio.inkoop.boundary.Leveringsoordeel;
import nl.wmoregio.regio.boundary.Fusie;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.control.IndicatieRules;
import nl.wmoregio.toegang.control.ToegangRepository;
import nl.wmoregio.toegang.entity.Client;
import nl.wmoregio.toegang.entity.Indicatie;

/**
 * Mergers move the work (issue 13 rule 5): at the merger date the open indicaties and the clients of
 * a dissolved gemeente move to its successor. A running indicatie ends the day before the merger
 * date (the care goes on, so no stop of care) and a linked one (vorigeId, overgang FUSIE) starts on
 * the merger date at the successor, through the same indicatie rules as every other new indicatie
 * (participation of the successor, contract status); one the rules refuse stays where it is and is
 * reported. The merger facts come from the regio boundary. Idempotent: what has moved no longer
 * matches, so a second run moves nothing. Every change goes to the audit trail, every client touched
 * to the processing log. The generated demo world splits its chains at the merger date the same way.
 */
@Stateless
public class FusieService {

    public static final String OVERGANG = "FUSIE";
    static final String DOEL = "Gemeentelijke herindeling: overdracht aan de opvolgende gemeente";

    @Inject
    GemeenteService gemeenten;
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

    /** Moves the work of one dissolved gemeente, looking up its merger fact in the regio boundary. */
    @RolesAllowed(Rollen.BEHEERDER)
    public FusieResultaat verplaatsWerk(long gemeenteId) {
        Fusie fusie = gemeenten.fusie(gemeenteId).orElseThrow(() -> new DomainException("GEEN_FUSIE", "gemeenteId",
                "Gemeente " + gemeenteId + " is niet opgegaan in een andere gemeente; er valt niets te verplaatsen"));
        return verplaats(fusie);
    }

    /**
     * The boundary operation with the regio boundary's merger fact; the fact is checked against regio
     * again, so a caller cannot move work to a gemeente that is no successor.
     */
    @RolesAllowed(Rollen.BEHEERDER)
    public FusieResultaat verplaats(Fusie fusie) {
        Fusie bevestigd = gemeenten.fusie(fusie.gemeenteId()).orElse(null);
        if (bevestigd == null || bevestigd.opvolgerId() != fusie.opvolgerId() || !Objects.equals(bevestigd.datum(), fusie.datum())) {
            throw new DomainException("GEEN_FUSIE", "gemeenteId", "Gemeente " + fusie.gemeenteId() + " is niet per " + fusie.datum()
                    + " opgegaan in gemeente " + fusie.opvolgerId());
        }
        LocalDate datum = bevestigd.datum();
        long opvolger = bevestigd.opvolgerId();
        String waarom = "Fusie: " + bevestigd.cbsCode() + " " + bevestigd.naam() + " per " + datum + " opgegaan in "
                + bevestigd.opvolgerCbsCode() + " " + bevestigd.opvolgerNaam();
        List<String> pseudoniemen = new ArrayList<>();
        List<FusieResultaat.NietVerplaatst> niet = new ArrayList<>();
        int verplaatst = 0;
        int omgehangen = 0;
        for (Indicatie oud : repository.openIndicatiesVanGemeente(bevestigd.gemeenteId(), datum)) {
            if (!oud.getVan().isBefore(datum)) {
                oud.verhuisNaarGemeente(opvolger);
                audit.record(ClientService.AUDIT_INDICATIE, oud.getId(), "GEMEENTE_GEWIJZIGD",
                        "gemeenteId " + bevestigd.gemeenteId() + " -> " + opvolger, waarom);
                pseudoniemen.add(oud.getClient().getPseudoniem());
                omgehangen++;
                continue;
            }
            // The rule point for new care (contract status, participation) is asked first without throwing: a
            // refusal thrown through the inkoop boundary would roll back the whole merger run.
            Leveringsoordeel oordeel = levering.oordeel(oud.getAanbiederId(), oud.getProductCode(), opvolger, datum);
            if (!oordeel.nieuweZorg()) {
                niet.add(new FusieResultaat.NietVerplaatst(oud.getId(), oud.getProductCode(), oordeel.regel(), "aanbiederId", oordeel.reden()));
                continue;
            }
            Indicatie nieuw = new Indicatie(oud.getClient(), oud.getId(), Tijd.nuUtc());
            nieuw.verhuisNaarGemeente(opvolger);
            try {
                indicatieRules.vul(nieuw, new IndicatieInput(oud.getProductCode(), oud.getCategorie(), oud.getAanbiederId(), datum,
                        oud.getTot(), oud.getVolume(), oud.getEenheid(), oud.getFrequentie(), oud.getBudgetCent(), oud.getRedenWijziging(),
                        oud.getId()), true);
            } catch (DomainException e) {
                niet.add(new FusieResultaat.NietVerplaatst(oud.getId(), oud.getProductCode(), e.code(), e.field(), e.getMessage()));
                continue;
            }
            nieuw.markeerOvergang(OVERGANG);
            repository.persist(nieuw);
            oud.sluitAfVoorFusie(datum.minusDays(1));
            repository.flush();
            audit.record(ClientService.AUDIT_INDICATIE, oud.getId(), "BEEINDIGD", "tot=" + oud.getTot() + "; voortgezet in indicatie "
                    + nieuw.getId() + " bij gemeente " + opvolger, waarom);
            audit.record(ClientService.AUDIT_INDICATIE, nieuw.getId(), "AANGEMAAKT", "overgang=" + OVERGANG + "; vorigeId=" + oud.getId()
                    + "; gemeenteId=" + opvolger + "; van=" + datum + "; tot=" + nieuw.getTot(), waarom);
            pseudoniemen.add(oud.getClient().getPseudoniem());
            verplaatst++;
        }
        int clienten = 0;
        for (Client client : repository.clientenVanGemeente(bevestigd.gemeenteId())) {
            client.wijzig(client.getGeboortejaar(), opvolger, client.getSegment());
            audit.record(ClientService.AUDIT_CLIENT, client.getId(), "VERHUISD", "gemeenteId " + bevestigd.gemeenteId() + " -> " + opvolger,
                    waarom);
            pseudoniemen.add(client.getPseudoniem());
            clienten++;
        }
        repository.flush();
        verwerkingslog.registreerAlle(pseudoniemen, Verwerkingslog.WIJZIGEN, DOEL);
        if (verplaatst + omgehangen + clienten > 0 || !niet.isEmpty()) {
            audit.record("Gemeente", bevestigd.gemeenteId(), "WERK_VERPLAATST", "indicaties verplaatst=" + verplaatst + "; omgehangen="
                    + omgehangen + "; clienten=" + clienten + "; niet verplaatst=" + niet.size(), waarom);
        }
        return new FusieResultaat(bevestigd.gemeenteId(), bevestigd.naam(), opvolger, bevestigd.opvolgerNaam(), datum, verplaatst,
                omgehangen, clienten, niet);
    }
}
