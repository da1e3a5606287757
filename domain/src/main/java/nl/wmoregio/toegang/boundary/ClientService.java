package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.toegang.control.Beller;
import nl.wmoregio.toegang.control.IndicatieRules;
import nl.wmoregio.toegang.control.Pseudoniemen;
import nl.wmoregio.toegang.control.Sleutels;
import nl.wmoregio.toegang.control.ToegangRepository;
import nl.wmoregio.toegang.control.ToegangRules;
import nl.wmoregio.toegang.entity.Client;
import nl.wmoregio.toegang.entity.ClientInzage;
import nl.wmoregio.toegang.entity.Doel;
import nl.wmoregio.toegang.entity.Indicatie;

/**
 * Clients, indicaties and trajectplans. Access: BEHEERDER everything; GEMEENTE only clients of its
 * own gemeente; TOEZICHTHOUDER reads a client only with a stated reason; CONTRACTMANAGER, INKOOP and
 * CONTROLLER never see client identity (only {@link #aanbiederDeclaraties}). Every read and change
 * of a client record writes a {@code client_inzage} row in the same transaction; changes are also
 * audited. A BSN is never logged: the log holds the pseudonym.
 */
@Stateless
public class ClientService {

    static final String AUDIT_CLIENT = "Client";
    static final String AUDIT_INDICATIE = "Indicatie";
    static final String DOEL_UITVOERING = "Uitvoering Wmo-toegang";
    private static final List<String> ROL_VOLGORDE = List.of(Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER,
            Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.INKOOP);

    @Inject
    ToegangRepository repository;

    @Inject
    Sleutels sleutels;

    @Inject
    IndicatieRules indicatieRules;

    @Inject
    AuditService audit;

    @Inject
    Verwerkingslog verwerkingslog;

    @Inject
    Bereik bereik;

    @Inject
    jakarta.enterprise.inject.Instance<ToezichtDossiers> dossiers;

    /** Observed by iwmo (the WMO301 outbox, issue 15): toegang fires it and knows no listener. */
    @Inject
    jakarta.enterprise.event.Event<IndicatieGewijzigd> indicatieGewijzigd;

    /** A toezichthouder opening this many client records in a day raises an alert in the audit trail (M1). */
    static final int VOLUME_DREMPEL = 25;
    private static final java.util.regex.Pattern ZAAKNUMMER = java.util.regex.Pattern.compile("\\b(M\\d{4}-[A-Z]?\\d{1,10}|OZ\\d{4}-[A-Z]?\\d{1,10})\\b");

    @Resource
    SessionContext sessionContext;

    // ---------------------------------------------------------------- reading

    /** The client list without identity (no BSN): pseudonym, birth year, gemeente, segment. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public Page<ClientView> zoek(ClientFilter filter, PageRequest page) {
        Beller beller = beller(null);
        ClientFilter f = filter == null ? new ClientFilter(null, null, null) : filter;
        if (beller.isGemeente()) {
            if (f.gemeenteId() != null && !f.gemeenteId().equals(beller.gemeenteId())) {
                throw new GeenToegang("Alleen cliënten van de eigen gemeente");
            }
            f = new ClientFilter(beller.gemeenteId(), f.segment(), f.pseudoniem());
        }
        List<Client> clienten = repository.clienten(f, page);
        // The list shows pseudonym, birth year, gemeente and segment: pseudonymous client data, so
        // every client on the page is logged (LIJST), in one multi-row insert.
        verwerkingslog.registreerAlle(clienten.stream().map(Client::getPseudoniem).toList(), Verwerkingslog.LIJST,
                DOEL_UITVOERING);
        Map<Long, Long> aantallen = repository.aantalIndicaties(clienten.stream().map(Client::getId).toList());
        Map<Long, String> gemeenten = repository.gemeenteNamen();
        List<ClientView> items = clienten.stream()
                .map(c -> view(c, false, gemeenten, aantallen.getOrDefault(c.getId(), 0L))).toList();
        return new Page<>(items, page.page(), page.size(), repository.telClienten(f));
    }

    /** Exact BSN search (a pseudonym lookup); the hit is shown masked and its opening is logged. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    public List<ClientView> zoekOpBsn(String bsn, String reden) {
        Beller beller = beller(reden);
        Bsn geldig = Bsn.of(bsn, "bsn");
        return zoekOpPseudoniem(beller, sleutels.pseudoniemen().van(geldig.waarde()));
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    public List<ClientView> zoekOpPseudoniem(String pseudoniem, String reden) {
        Beller beller = beller(reden);
        String p = pseudoniem == null ? "" : pseudoniem.strip().toLowerCase();
        if (!Pseudoniemen.isPseudoniem(p)) {
            throw new DomainException("PSEUDONIEM_ONGELDIG", "pseudoniem", "Een pseudoniem is 64 hexadecimale tekens");
        }
        return zoekOpPseudoniem(beller, p);
    }

    private List<ClientView> zoekOpPseudoniem(Beller beller, String pseudoniem) {
        Optional<Client> gevonden = repository.clientMetPseudoniem(pseudoniem).filter(c -> leesbaar(beller, c));
        if (gevonden.isEmpty()) {
            return List.of();
        }
        Client client = gevonden.get();
        if (!toezichtMag(beller, client)) {
            return List.of();
        }
        log(beller, client, "ZOEKEN");
        volume(beller);
        return List.of(view(client, true, repository.gemeenteNamen(), zichtbareIndicaties(beller, client).size()));
    }

    /** The client page: client, indicaties with trajectplan, declarations per month. Logged as LEZEN. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    public ClientDetail get(long id, String reden) {
        Beller beller = beller(reden);
        Client client = repository.client(id);
        if (!leesbaar(beller, client)) {
            throw geweigerd(beller, client);
        }
        if (!toezichtMag(beller, client)) {
            throw new GeenToegang("Alleen cliënten uit een melding of onderzoek van uw organisatie, of met het zaaknummer in de reden");
        }
        log(beller, client, "LEZEN");
        volume(beller);
        return detail(client, beller);
    }

    /** The access log of one client for an AVG inzageverzoek; the export itself is logged too. */
    @RolesAllowed(Rollen.BEHEERDER)
    public List<InzageView> inzageLog(long clientId, String reden) {
        Beller beller = beller(reden);
        Client client = repository.client(clientId);
        log(beller, client, "EXPORT");
        repository.flush();
        return repository.inzages(client.getPseudoniem());
    }

    /** Declarations per provider per month: counts and amounts, never client identity. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    public Page<AanbiederMaand> aanbiederDeclaraties(int jaar, Long aanbiederId, PageRequest page) {
        if (jaar < 2000 || jaar > 2100) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Jaar moet tussen 2000 en 2100 liggen");
        }
        Beller beller = beller(null);
        Long gemeente = beller.isGemeente() ? beller.gemeenteId() : null;
        return new Page<>(repository.aanbiederMaanden(jaar, gemeente, aanbiederId, page), page.page(), page.size(),
                repository.telAanbiederMaanden(jaar, gemeente, aanbiederId));
    }

    // ---------------------------------------------------------------- changing

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public ClientView create(ClientInput input) {
        Beller beller = beller(null);
        Bsn bsn = Bsn.of(input.bsn(), "bsn");
        int geboortejaar = ToegangRules.geboortejaar(input.geboortejaar());
        long gemeenteId = gemeente(beller, input.gemeenteId());
        String segment = ToegangRules.segment(input.segment());
        nl.wmoregio.shared.Leeftijdsklassen.controleerSegment(segment, geboortejaar, Tijd.vandaag(), "segment");
        String pseudoniem = sleutels.pseudoniemen().van(bsn.waarde());
        Optional<Client> bestaand = repository.clientMetPseudoniem(pseudoniem);
        if (bestaand.isPresent() && beller.isGemeente() && bestaand.get().getGemeenteId() != gemeenteId) {
            // M2 (issue 16): no "BSN exists" answer about another gemeente's client. A GEMEENTE user who
            // registers a resident known elsewhere registers a move (verhuizing): see verhuis().
            return verhuis(beller, bestaand.get(), gemeenteId, geboortejaar, segment);
        }
        if (bestaand.isPresent()) {
            throw new DomainException("BSN_BESTAAT", "bsn", "Er is al een cliënt met dit BSN; zoek hem op");
        }
        Client client = new Client(pseudoniem, sleutels.versleuteling().versleutel(bsn.waarde(), pseudoniem), bsn.laatsteDrie(),
                geboortejaar, gemeenteId, segment);
        repository.persist(client);
        repository.flush();
        log(beller, client, "AANMAKEN");
        audit.record(AUDIT_CLIENT, client.getId(), "AANGEMAAKT", beschrijf(client), null);
        return view(client, true, repository.gemeenteNamen(), 0);
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public ClientView update(long id, long expectedVersion, ClientInput input) {
        Beller beller = beller(null);
        Client client = toegestaan(beller, repository.client(id));
        Versies.controleer(client.getVersion(), expectedVersion, "Cliënt " + id);
        int geboortejaar = ToegangRules.geboortejaar(input.geboortejaar());
        long gemeenteId = gemeente(beller, input.gemeenteId() == null ? client.getGemeenteId() : input.gemeenteId());
        String segment = ToegangRules.segment(input.segment());
        nl.wmoregio.shared.Leeftijdsklassen.controleerSegment(segment, geboortejaar, Tijd.vandaag(), "segment");
        String voor = beschrijf(client);
        long oudeGemeente = client.getGemeenteId();
        client.wijzig(geboortejaar, gemeenteId, segment);
        if (oudeGemeente != gemeenteId) {
            audit.record(AUDIT_CLIENT, id, "VERHUISD", "gemeenteId " + oudeGemeente + " -> " + gemeenteId
                    + "; lopende indicaties blijven bij gemeente " + oudeGemeente, null);
        }
        Versies.flush(repository::flush, "Cliënt " + id, client::getVersion);
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_CLIENT, id, "GEWIJZIGD", voor + " -> " + beschrijf(client), null);
        return view(client, true, repository.gemeenteNamen(), repository.aantalIndicaties(List.of(id)).getOrDefault(id, 0L));
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public IndicatieView maakIndicatie(long clientId, IndicatieInput input) {
        Beller beller = beller(null);
        Client client = toegestaan(beller, repository.client(clientId));
        Long vorigeId = input.vorigeId();
        if (vorigeId != null) {
            Indicatie vorige = repository.indicatie(vorigeId);
            if (!vorige.getClient().getId().equals(clientId)) {
                throw new DomainException("VORIGE_ANDERE_CLIENT", "vorigeId", "De vorige indicatie hoort bij een andere cliënt");
            }
            if (input.van() != null && !input.van().isAfter(vorige.getVan())) {
                throw new DomainException("VERLENGING_TE_VROEG", "van", "Een verlenging begint na het begin van de vorige indicatie");
            }
        }
        Indicatie indicatie = new Indicatie(client, vorigeId, Tijd.nuUtc());
        indicatieRules.vul(indicatie, input, true);
        repository.persist(indicatie);
        repository.flush();
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_INDICATIE, indicatie.getId(), "AANGEMAAKT", beschrijf(indicatie), null);
        meld(indicatie, null, IndicatieGewijzigd.AANGEMAAKT);
        return indicatieView(indicatie);
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public IndicatieView wijzigIndicatie(long id, long expectedVersion, IndicatieInput input) {
        Beller beller = beller(null);
        Indicatie indicatie = repository.indicatie(id);
        Client client = toegestaan(beller, indicatie);
        Versies.controleer(indicatie.getVersion(), expectedVersion, "Indicatie " + id);
        if (indicatie.getRedenEinde() != null) {
            throw new DomainException("INDICATIE_BEEINDIGD", null, "Een beëindigde indicatie wijzigt niet meer");
        }
        String voor = beschrijf(indicatie);
        long vorigeAanbieder = indicatie.getAanbiederId();
        indicatieRules.vul(indicatie, input, false);
        Versies.flush(repository::flush, "Indicatie " + id, indicatie::getVersion);
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_INDICATIE, id, "GEWIJZIGD", voor + " -> " + beschrijf(indicatie), input.redenWijziging());
        meld(indicatie, vorigeAanbieder == indicatie.getAanbiederId() ? null : vorigeAanbieder, IndicatieGewijzigd.GEWIJZIGD);
        return indicatieView(indicatie);
    }

    /** Uitstroom: ends the indicatie on the last day of care with a reason. */
    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public IndicatieView beeindigIndicatie(long id, long expectedVersion, IndicatieEinde einde) {
        Beller beller = beller(null);
        Indicatie indicatie = repository.indicatie(id);
        Client client = toegestaan(beller, indicatie);
        Versies.controleer(indicatie.getVersion(), expectedVersion, "Indicatie " + id);
        LocalDate stop = ToegangRules.datum(einde.stopZorg(), "stopZorg", "Laatste dag van de zorg");
        ToegangRules.eindeNaBegin(indicatie.getVan(), stop, "stopZorg");
        String reden = ToegangRules.keuze(einde.redenEinde(), Keuzes.REDENEN_EINDE, "redenEinde", "Reden einde");
        indicatie.beeindig(stop, reden);
        Versies.flush(repository::flush, "Indicatie " + id, indicatie::getVersion);
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_INDICATIE, id, "BEEINDIGD", "stopZorg=" + stop, reden);
        meld(indicatie, null, IndicatieGewijzigd.BEEINDIGD);
        return indicatieView(indicatie);
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public DoelView voegDoelToe(long indicatieId, DoelInput input) {
        Beller beller = beller(null);
        Indicatie indicatie = repository.indicatie(indicatieId);
        Client client = toegestaan(beller, indicatie);
        String leefgebied = ToegangRules.keuze(input.leefgebied(), Keuzes.LEEFGEBIEDEN, "leefgebied", "Leefgebied");
        String omschrijving = ToegangRules.tekst(input.omschrijving(), "omschrijving", "Omschrijving", 500, true);
        String resultaat = ToegangRules.tekst(input.beoogdResultaat(), "beoogdResultaat", "Beoogd resultaat", 500, false);
        Doel doel = new Doel(indicatieId, leefgebied, omschrijving, resultaat);
        repository.persist(doel);
        repository.flush();
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_INDICATIE, indicatieId, "DOEL_TOEGEVOEGD", leefgebied + " (doel " + doel.getId() + ")", null);
        return doelView(doel);
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public DoelView evalueer(long doelId, EvaluatieInput input) {
        Beller beller = beller(null);
        Doel doel = repository.doel(doelId);
        Indicatie indicatie = repository.indicatie(doel.getIndicatieId());
        Client client = toegestaan(beller, indicatie);
        LocalDate datum = ToegangRules.datum(input.datum(), "datum", "Datum");
        if (datum.isBefore(indicatie.getVan())) {
            throw new DomainException("EVALUATIE_VOOR_BEGIN", "datum", "De evaluatie ligt voor het begin van de indicatie");
        }
        String uitkomst = ToegangRules.keuze(input.uitkomst(), Keuzes.UITKOMSTEN, "uitkomst", "Uitkomst");
        String toelichting = ToegangRules.tekst(input.toelichting(), "toelichting", "Toelichting", 500, false);
        doel.evalueer(datum, uitkomst, toelichting);
        repository.flush();
        log(beller, client, "WIJZIGEN");
        audit.record(AUDIT_INDICATIE, indicatie.getId(), "DOEL_GEEVALUEERD", "doel " + doelId + ": " + uitkomst + " op " + datum, null);
        return doelView(doel);
    }

    // ---------------------------------------------------------------- helpers

    private Beller beller(String reden) {
        String gebruiker = sessionContext.getCallerPrincipal().getName();
        String rol = ROL_VOLGORDE.stream().filter(sessionContext::isCallerInRole).findFirst().orElse(null);
        Long gemeenteId = Rollen.GEMEENTE.equals(rol) ? bereik.beperktTot() : null;
        if (Rollen.GEMEENTE.equals(rol) && gemeenteId == null) {
            throw new GeenToegang("Gebruiker met rol GEMEENTE zonder gemeente");
        }
        String gegevenReden = reden == null || reden.isBlank() ? null : reden.strip();
        if (Rollen.TOEZICHTHOUDER.equals(rol)) {
            gegevenReden = ToegangRules.reden(reden);
        } else if (gegevenReden != null) {
            gegevenReden = ToegangRules.tekst(gegevenReden, "reden", "Reden", 400, false);
        }
        return new Beller(gebruiker, rol, gemeenteId, gegevenReden);
    }

    private Client toegestaan(Beller beller, Client client) {
        if (beller.isGemeente() && client.getGemeenteId() != beller.gemeenteId()) {
            throw geweigerd(beller, client);
        }
        return client;
    }

    /**
     * M3 (issue 16): an indicatie belongs to the gemeente that issued it and pays for it
     * ({@code indicatie.gemeente_id}), also after the client moved; only that gemeente changes or
     * ends it, its goals and evaluations.
     */
    private Client toegestaan(Beller beller, Indicatie indicatie) {
        if (beller.isGemeente() && indicatie.getGemeenteId() != beller.gemeenteId()) {
            audit.weigering(AUDIT_INDICATIE, indicatie.getId(), "indicatie van een andere gemeente (" + beller.rol() + ")");
            throw new GeenToegang("Deze indicatie hoort bij een andere gemeente");
        }
        return indicatie.getClient();
    }

    /**
     * M1 (issue 16): a toezichthouder opens a client only when a melding or onderzoek of the own
     * organisation names the client (or an unassigned melding in triage), or - break the glass - when
     * the stated reason carries the number of a case of the organisation (checked; audited
     * {@code DOORBRAAK}). A refusal is recorded.
     */
    private boolean toezichtMag(Beller beller, Client client) {
        if (!beller.isToezichthouder()) {
            return true;
        }
        String organisatie = bereik.organisatie();
        ToezichtDossiers d = dossiers.isResolvable() ? dossiers.get() : null;
        if (d != null && organisatie != null) {
            if (d.clientInDossier(client.getPseudoniem(), organisatie)) {
                return true;
            }
            java.util.regex.Matcher zaak = ZAAKNUMMER.matcher(beller.reden() == null ? "" : beller.reden());
            if (zaak.find() && d.zaakVan(zaak.group(1), organisatie)) {
                audit.record(AUDIT_CLIENT, client.getId(), "DOORBRAAK", "geopend op zaak " + zaak.group(1) + " die de cliënt niet noemt",
                        beller.reden());
                return true;
            }
        }
        audit.weigering(AUDIT_CLIENT, client.getId(), "toezicht zonder zaak over deze cliënt (" + organisatie + ")");
        return false;
    }

    /** M1: every {@link #VOLUME_DREMPEL}th client record a toezichthouder opens today is an alert in the audit trail. */
    private void volume(Beller beller) {
        if (!beller.isToezichthouder()) {
            return;
        }
        repository.flush();
        long vandaag = repository.telInzagesVandaag(beller.gebruiker());
        if (vandaag > 0 && vandaag % VOLUME_DREMPEL == 0) {
            audit.record("Gebruiker", beller.gebruiker(), "VOLUME_ALARM", vandaag + " cliëntdossiers vandaag geopend of gevonden", null);
        }
    }

    /** A GEMEENTE user reads a client who lives in the gemeente or holds an indicatie of it (M3). */
    private boolean leesbaar(Beller beller, Client client) {
        return !beller.isGemeente() || client.getGemeenteId() == beller.gemeenteId()
                || repository.indicaties(client.getId()).stream().anyMatch(i -> i.getGemeenteId() == beller.gemeenteId());
    }

    /** The indicaties the caller sees: a GEMEENTE user only those of the own gemeente (M3). */
    private List<Indicatie> zichtbareIndicaties(Beller beller, Client client) {
        return repository.indicaties(client.getId()).stream()
                .filter(i -> !beller.isGemeente() || i.getGemeenteId() == beller.gemeenteId()).toList();
    }

    /** L15 (issue 16): a refused read or change of another gemeente's client is recorded, then refused. */
    private GeenToegang geweigerd(Beller beller, Client client) {
        audit.weigering(AUDIT_CLIENT, client.getId(), "cliënt van een andere gemeente (" + beller.rol() + ")");
        return new GeenToegang("Deze cliënt woont niet in uw gemeente");
    }

    /**
     * M2 (issue 16): the verhuizing. The client record moves to the registering gemeente; the indicaties
     * stay with the gemeente that issued them (it keeps paying and reading them, M3). The answer is the
     * same as for a new client (no oracle); the move is audited and logged in the access log.
     */
    private ClientView verhuis(Beller beller, Client client, long gemeenteId, int geboortejaar, String segment) {
        long oud = client.getGemeenteId();
        client.wijzig(geboortejaar, gemeenteId, segment);
        repository.flush();
        verwerkingslog.registreer(client.getPseudoniem(), "AANMAKEN", "Verhuizing: ingeschreven door " + beller.gebruiker());
        audit.record(AUDIT_CLIENT, client.getId(), "VERHUISD", "gemeenteId " + oud + " -> " + gemeenteId
                + " (aangemeld met een BSN dat in een andere gemeente bekend is); lopende indicaties blijven bij gemeente " + oud, null);
        return view(client, true, repository.gemeenteNamen(), 0);
    }

    private long gemeente(Beller beller, Long gemeenteId) {
        if (beller.isGemeente()) {
            if (gemeenteId != null && !gemeenteId.equals(beller.gemeenteId())) {
                throw new DomainException("GEMEENTE_NIET_EIGEN", "gemeenteId", "U kunt alleen cliënten van uw eigen gemeente vastleggen");
            }
            return beller.gemeenteId();
        }
        if (gemeenteId == null) {
            throw new DomainException("GEMEENTE_VERPLICHT", "gemeenteId", "Gemeente is verplicht");
        }
        if (!repository.gemeenteNamen().containsKey(gemeenteId)) {
            throw new DomainException("GEMEENTE_ONBEKEND", "gemeenteId", "Gemeente " + gemeenteId + " bestaat niet");
        }
        return gemeenteId;
    }

    private void log(Beller beller, Client client, String actie) {
        repository.log(new ClientInzage(Tijd.nuUtc(), beller.gebruiker(), beller.rol(), client.getPseudoniem(), actie,
                beller.reden() == null ? DOEL_UITVOERING : beller.reden()));
    }

    private ClientDetail detail(Client client, Beller beller) {
        List<Indicatie> indicaties = zichtbareIndicaties(beller, client);
        List<Long> ids = indicaties.stream().map(Indicatie::getId).toList();
        Map<Long, List<DoelView>> doelen = repository.doelen(ids).stream().map(ClientService::doelView)
                .collect(Collectors.groupingBy(DoelView::indicatieId));
        Set<Long> aanbieders = new HashSet<>();
        indicaties.forEach(i -> aanbieders.add(i.getAanbiederId()));
        Map<Long, String> aanbiederNamen = repository.aanbiederNamen(aanbieders);
        Map<String, String> productNamen = repository.productNamen();
        List<IndicatieView> views = new ArrayList<>();
        for (Indicatie i : indicaties) {
            views.add(indicatieView(i, productNamen, aanbiederNamen, doelen.getOrDefault(i.getId(), List.of())));
        }
        return new ClientDetail(view(client, true, repository.gemeenteNamen(), indicaties.size()), views,
                repository.declaraties(client.getId()).stream().filter(d -> ids.contains(d.indicatieId())).toList());
    }

    private IndicatieView indicatieView(Indicatie i) {
        return indicatieView(i, repository.productNamen(), repository.aanbiederNamen(List.of(i.getAanbiederId())),
                repository.doelen(List.of(i.getId())).stream().map(ClientService::doelView).toList());
    }

    static IndicatieView indicatieView(Indicatie i, Map<String, String> productNamen, Map<Long, String> aanbiederNamen,
                                               List<DoelView> doelen) {
        return new IndicatieView(i.getId(), i.getClient().getId(), i.getProductCode(), productNamen.get(i.getProductCode()),
                i.getCategorie(), i.getAanbiederId(), aanbiederNamen.get(i.getAanbiederId()), i.getVan(), i.getTot(),
                i.getVolume(), i.getEenheid(), i.getFrequentie(), i.getBudgetCent(), i.getRedenWijziging(), i.getStartZorg(),
                i.getStopZorg(), i.getRedenEinde(), i.getVorigeId(), i.getVersion(), doelen);
    }

    private static DoelView doelView(Doel d) {
        return new DoelView(d.getId(), d.getIndicatieId(), d.getLeefgebied(), d.getOmschrijving(), d.getBeoogdResultaat(),
                d.getVersion(), d.getEvaluaties().stream()
                .map(e -> new EvaluatieView(e.getId(), e.getDatum(), e.getUitkomst(), e.getToelichting())).toList());
    }

    private static ClientView view(Client c, boolean metBsn, Map<Long, String> gemeenten, long aantalIndicaties) {
        return new ClientView(c.getId(), c.getPseudoniem(), metBsn ? Bsn.gemaskeerd(c.getBsnLaatste()) : null,
                c.getGeboortejaar(), ToegangRules.leeftijdsklasse(c.getGeboortejaar()), c.getGemeenteId(),
                gemeenten.get(c.getGemeenteId()), c.getSegment(), aantalIndicaties, c.getVersion());
    }

    private static String beschrijf(Client c) {
        return "pseudoniem=" + c.getPseudoniem().substring(0, 12) + "…; geboortejaar=" + c.getGeboortejaar()
                + "; gemeenteId=" + c.getGemeenteId() + "; segment=" + c.getSegment();
    }

    private static String beschrijf(Indicatie i) {
        return "product=" + i.getProductCode() + (i.getCategorie() == null ? "" : "/" + i.getCategorie())
                + "; aanbiederId=" + i.getAanbiederId() + "; van=" + i.getVan() + "; tot=" + i.getTot()
                + "; volume=" + i.getVolume() + " " + i.getEenheid() + "/" + i.getFrequentie()
                + (i.getBudgetCent() == null ? "" : "; budget=" + i.getBudgetCent());
    }

    /** In the change's transaction, after the flush: a listener's write commits with the change or not at all. */
    private void meld(Indicatie indicatie, Long vorigeAanbieder, String soort) {
        indicatieGewijzigd.fire(new IndicatieGewijzigd(indicatie.getId(), indicatie.getClient().getId(), indicatie.getGemeenteId(),
                indicatie.getAanbiederId(), vorigeAanbieder, soort));
    }
}
