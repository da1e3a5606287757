package nl.wmoregio.toezicht.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.inkoop.boundary.ContractStatusService;
import nl.wmoregio.inkoop.boundary.ToezichtStatusInput;
import nl.wmoregio.toezicht.control.Nalevingsladder;
import nl.wmoregio.toezicht.control.ToezichtMapper;
import nl.wmoregio.toezicht.control.ToezichtRepository;
import nl.wmoregio.toezicht.control.ToezichtRules;
import nl.wmoregio.toezicht.control.ToezichtWorkflow;
import nl.wmoregio.toezicht.control.ToezichtWorkflow.MeldingActie;
import nl.wmoregio.toezicht.control.ToezichtWorkflow.OnderzoekActie;
import nl.wmoregio.toezicht.control.Toezichthouders;
import nl.wmoregio.toezicht.entity.Bevinding;
import nl.wmoregio.toezicht.entity.Maatregel;
import nl.wmoregio.toezicht.entity.Melding;
import nl.wmoregio.toezicht.entity.Norm;
import nl.wmoregio.toezicht.entity.Onderzoek;
import nl.wmoregio.toezicht.entity.Toetsingskader;

/**
 * Onderzoeken: planning, findings per norm of the toetsingskader, maatregelen along the cirkel van
 * naleving, the provider's zienswijze and the final report. Only the assigned toezicht organisation
 * edits; everything is audited on the onderzoek (the case timeline).
 */
@Stateless
@RolesAllowed(Rollen.TOEZICHTHOUDER)
public class OnderzoekService {

    public static final String AUDIT = "Onderzoek";

    @Inject
    ToezichtRepository repository;

    @Inject
    Toezichthouders toezichthouders;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    /** A proactive onderzoek (not from a melding): for the caller's own organisation. */
    public OnderzoekDetail maak(OnderzoekInput input) {
        Organisatie organisatie = input.organisatie() == null
                ? toezichthouders.organisatie(caller()).orElse(null)
                : ToezichtRules.code(Organisatie.class, input.organisatie(), "organisatie");
        toezichthouders.vereis(organisatie, caller());
        Long aanbiederId = ToezichtRules.verplicht(input.aanbiederId(), "aanbiederId");
        if (!repository.bestaat("aanbieder", aanbiederId)) {
            throw new DomainException("ONBEKEND", "aanbiederId", "Aanbieder " + aanbiederId + " bestaat niet");
        }
        if (input.gemeenteId() != null && !repository.bestaat("gemeente", input.gemeenteId())) {
            throw new DomainException("ONBEKEND", "gemeenteId", "Gemeente " + input.gemeenteId() + " bestaat niet");
        }
        Onderzoek o = nieuw(input, aanbiederId, input.gemeenteId(), organisatie);
        return detail(o);
    }

    /** Turns a triaged melding into an onderzoek of the melding's organisation. */
    public OnderzoekDetail startVanuitMelding(long meldingId, long expectedVersion, OnderzoekInput input) {
        Melding m = repository.get(Melding.class, meldingId, "Melding");
        Versies.controleer(m.getVersion(), expectedVersion, "Melding " + m.getNummer());
        MeldingStatus naar = ToezichtWorkflow.volgende(m.getStatus(), MeldingActie.ONDERZOEK_STARTEN);
        toezichthouders.vereis(m.getOrganisatie(), caller());
        Onderzoek o = nieuw(input, m.getAanbiederId(), m.getGemeenteId(), m.getOrganisatie());
        String voor = ToezichtMapper.beschrijf(m);
        m.koppelOnderzoek(o.getId());
        m.status(naar);
        Versies.flush(repository::flush, "Melding " + m.getNummer(), m::getVersion);
        audit.record(MeldingService.AUDIT, m.getId(), MeldingActie.ONDERZOEK_STARTEN.name(),
                voor + " -> " + ToezichtMapper.beschrijf(m), "onderzoek " + o.getNummer());
        return detail(o);
    }

    private Onderzoek nieuw(OnderzoekInput input, long aanbiederId, Long gemeenteId, Organisatie organisatie) {
        OnderzoekType type = ToezichtRules.code(OnderzoekType.class, input.type(), "type");
        String scope = ToezichtRules.tekst(input.scope(), "scope", 2000, true);
        LocalDate van = ToezichtRules.verplicht(input.geplandVan(), "geplandVan");
        LocalDate tot = ToezichtRules.verplicht(input.geplandTot(), "geplandTot");
        ToezichtRules.periode(van, tot, "geplandTot");
        Toetsingskader kader = input.kaderId() == null ? repository.nieuwsteKader()
                : repository.reference(Toetsingskader.class, input.kaderId(), "kaderId", "Toetsingskader");
        Set<Long> normIds = new LinkedHashSet<>();
        if (input.normCodes() == null || input.normCodes().isEmpty()) {
            kader.getNormen().forEach(n -> normIds.add(n.getId()));
        } else {
            Map<String, Norm> perCode = kader.getNormen().stream().collect(Collectors.toMap(Norm::getCode, Function.identity()));
            for (String code : input.normCodes()) {
                Norm n = perCode.get(code);
                if (n == null) {
                    throw new DomainException("NORM_ONBEKEND", "normCodes", "Norm " + code + " hoort niet bij " + kader.getCode()
                            + " versie " + kader.getVersie());
                }
                normIds.add(n.getId());
            }
        }
        Onderzoek o = new Onderzoek("tmp-" + java.util.UUID.randomUUID(), type, aanbiederId, gemeenteId, kader, organisatie, scope,
                van, tot, normIds, Tijd.nuUtc());
        repository.persist(o);
        repository.flush();
        o.nummer(String.format("OZ%d-%05d", van.getYear(), o.getId()));
        repository.flush();
        audit.record(AUDIT, o.getId(), "AANGEMAAKT", "type=" + type + "; aanbieder=" + aanbiederId + "; organisatie=" + organisatie
                + "; kader=" + kader.getCode() + " v" + kader.getVersie() + "; normen=" + normIds.size() + "; " + ToezichtMapper.beschrijf(o), null);
        return o;
    }

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    public Page<OnderzoekView> zoek(Long aanbiederId, String status, PageRequest page) {
        List<Onderzoek> rows = repository.zoekOnderzoeken(aanbiederId, status, page);
        Map<Long, String> namen = repository.aanbiederNamen(rows.stream().map(Onderzoek::getAanbiederId).toList());
        return new Page<>(rows.stream().map(o -> ToezichtMapper.view(o, namen)).toList(), page.page(), page.size(),
                repository.telOnderzoeken(aanbiederId, status));
    }

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    public OnderzoekDetail get(long id) {
        return detail(repository.get(Onderzoek.class, id, "Onderzoek"));
    }

    public OnderzoekDetail start(long id, long expectedVersion, DatumInput input) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.STARTEN);
        LocalDate datum = input == null || input.datum() == null ? Tijd.vandaag() : input.datum();
        String voor = ToezichtMapper.beschrijf(o);
        o.start(datum);
        return opslaan(o, OnderzoekActie.STARTEN, voor, null);
    }

    public OnderzoekDetail legBevindingVast(long id, long expectedVersion, BevindingInput input) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.BEVINDING_VASTLEGGEN);
        Long normId = ToezichtRules.verplicht(input.normId(), "normId");
        if (!o.getNormIds().contains(normId)) {
            throw new DomainException("NORM_NIET_IN_SCOPE", "normId", "Norm " + normId + " valt niet binnen dit onderzoek");
        }
        Oordeel oordeel = ToezichtRules.code(Oordeel.class, input.oordeel(), "oordeel");
        String onderbouwing = ToezichtRules.tekst(input.onderbouwing(), "onderbouwing", 10_000, true);
        Bevinding b = repository.bevindingen(id).stream().filter(x -> x.getNormId() == normId).findFirst().orElse(null);
        String voor = b == null ? "geen bevinding" : b.getOordeel() + " (" + b.getOnderbouwing() + ")";
        if (b == null) {
            b = new Bevinding(id, normId);
            repository.persist(b);
        }
        b.leg(oordeel, onderbouwing, caller(), Tijd.nuUtc());
        repository.lockForUpdate(o);
        Versies.flush(repository::flush, "Onderzoek " + o.getNummer(), o::getVersion);
        Norm norm = repository.normen(List.of(normId)).get(normId);
        audit.record(AUDIT, id, "BEVINDING", "norm " + norm.getCode() + ": " + voor + " -> " + oordeel + " (" + onderbouwing + ")", null);
        return detail(o);
    }

    public OnderzoekDetail voegMaatregelToe(long id, long expectedVersion, MaatregelInput input) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.MAATREGEL_TOEVOEGEN);
        MaatregelType type = ToezichtRules.code(MaatregelType.class, input.type(), "type");
        String omschrijving = ToezichtRules.tekst(input.omschrijving(), "omschrijving", 2000, true);
        LocalDate deadline = input.deadline();
        if (deadline == null) {
            throw new DomainException("DEADLINE_VERPLICHT", "deadline", "Een maatregel heeft een deadline nodig");
        }
        // Issue 13 rule 3: the cirkel van naleving, lighter measures first unless a reason to skip is recorded.
        String overslaan = Nalevingsladder.controleer(type, repository.maatregelenVanAanbieder(o.getAanbiederId(),
                List.of(MaatregelType.values())).stream().map(Maatregel::getType).toList(), input.redenOverslaan());
        Maatregel m = new Maatregel(id, o.getAanbiederId(), type, omschrijving, deadline, Tijd.nuUtc());
        m.slaOver(overslaan);
        repository.persist(m);
        repository.lockForUpdate(o);
        Versies.flush(repository::flush, "Onderzoek " + o.getNummer(), o::getVersion);
        audit.record(AUDIT, id, "MAATREGEL", "geen -> maatregel " + m.getId() + ": " + type + " deadline " + deadline + " (" + omschrijving + ")",
                overslaan == null ? null : "Stap overgeslagen: " + overslaan);
        return detail(o);
    }

    /**
     * Confirms an open measure "opschorting" or "beëindiging": asks inkoop (the single contract rule
     * point) to suspend or end the deelovereenkomst of the product, or the whole raamovereenkomst,
     * from the date, which also puts a task with the measure's deadline on the inkoop worklist. One
     * transaction: when inkoop refuses, the measure stays unconfirmed. If-Match is the maatregel's version.
     */
    public MaatregelView bevestigMaatregel(long maatregelId, long expectedVersion, BevestigingInput input) {
        Maatregel m = repository.get(Maatregel.class, maatregelId, "Maatregel");
        Versies.controleer(m.getVersion(), expectedVersion, "Maatregel " + maatregelId);
        Onderzoek o = repository.get(Onderzoek.class, m.getOnderzoekId(), "Onderzoek");
        toezichthouders.vereis(o.getOrganisatie(), caller());
        if (m.getType() != MaatregelType.OPSCHORTING_CONTRACT && m.getType() != MaatregelType.BEEINDIGING_CONTRACT) {
            throw new OvergangGeweigerd("MAATREGEL_GEEN_CONTRACTMAATREGEL", "Alleen opschorting en beëindiging van het contract worden bevestigd");
        }
        if (m.getStatus() != MaatregelStatus.OPEN || m.getBevestigdOp() != null) {
            throw new OvergangGeweigerd("MAATREGEL_AL_BEVESTIGD", "De maatregel is al bevestigd of afgerond");
        }
        String product = input.productCode() == null || input.productCode().isBlank() ? null : input.productCode().strip().toUpperCase();
        LocalDate per = input.per() == null ? Tijd.vandaag() : input.per();
        contractStatus.doorToezicht(new ToezichtStatusInput(m.getAanbiederId(), product,
                m.getType() == MaatregelType.OPSCHORTING_CONTRACT ? "OPGESCHORT" : "BEEINDIGD", per, m.getOmschrijving(),
                "TOEZICHT maatregel " + m.getId() + " (" + o.getNummer() + ")", m.getDeadline()));
        m.bevestig(product, per, Tijd.vandaag());
        Versies.flush(repository::flush, "Maatregel " + maatregelId, m::getVersion);
        audit.record("Maatregel", maatregelId, "BEVESTIGD", m.getType() + " " + (product == null ? "raamovereenkomst" : product)
                + " per " + per + " -> contract gewijzigd", null);
        return ToezichtMapper.view(m, o.getNummer(), repository.aanbiederNamen(List.of(m.getAanbiederId())), Tijd.vandaag());
    }

    @Inject
    ContractStatusService contractStatus;

    /** Records the follow-up of a maatregel and closes it; If-Match is the maatregel's version. */
    public MaatregelView rondMaatregelAf(long maatregelId, long expectedVersion, OpvolgingInput input) {
        Maatregel m = repository.get(Maatregel.class, maatregelId, "Maatregel");
        Versies.controleer(m.getVersion(), expectedVersion, "Maatregel " + maatregelId);
        Onderzoek o = repository.get(Onderzoek.class, m.getOnderzoekId(), "Onderzoek");
        toezichthouders.vereis(o.getOrganisatie(), caller());
        if (m.getStatus() != MaatregelStatus.OPEN) {
            throw new OvergangGeweigerd("MAATREGEL_AL_AFGEROND", "De maatregel is al afgerond");
        }
        String opvolging = ToezichtRules.tekst(input.opvolging(), "opvolging", 10_000, true);
        LocalDate op = input.afgerondOp() == null ? Tijd.vandaag() : input.afgerondOp();
        m.rondAf(opvolging, op);
        Versies.flush(repository::flush, "Maatregel " + maatregelId, m::getVersion);
        audit.record(AUDIT, o.getId(), "MAATREGEL_AFGEROND", "maatregel " + maatregelId + " " + m.getType()
                + ": OPEN -> AFGEROND op " + op + " (" + opvolging + ")", null);
        audit.record("Maatregel", maatregelId, "AFGEROND", "OPEN -> AFGEROND", opvolging);
        return ToezichtMapper.view(m, o.getNummer(), repository.aanbiederNamen(List.of(m.getAanbiederId())), Tijd.vandaag());
    }

    public OnderzoekDetail stelConceptOp(long id, long expectedVersion, DatumInput input) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.CONCEPT_OPSTELLEN);
        String voor = ToezichtMapper.beschrijf(o);
        o.eind(input == null || input.datum() == null ? Tijd.vandaag() : input.datum());
        if (o.getStartDatum() != null && o.getEindDatum().isBefore(o.getStartDatum())) {
            throw new DomainException("EINDE_VOOR_BEGIN", "datum", "De einddatum ligt voor de startdatum");
        }
        return opslaan(o, OnderzoekActie.CONCEPT_OPSTELLEN, voor, null);
    }

    public OnderzoekDetail legZienswijzeVast(long id, long expectedVersion, ZienswijzeInput input) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.ZIENSWIJZE_VASTLEGGEN);
        String tekst = ToezichtRules.tekst(input.tekst(), "tekst", 20_000, true);
        String voor = ToezichtMapper.beschrijf(o);
        o.zienswijze(tekst, input.datum() == null ? Tijd.vandaag() : input.datum());
        return opslaan(o, OnderzoekActie.ZIENSWIJZE_VASTLEGGEN, voor, tekst.length() > 400 ? tekst.substring(0, 400) : tekst);
    }

    /** Makes the report final: refused while a norm in scope has no finding. */
    public OnderzoekDetail maakDefinitief(long id, long expectedVersion) {
        Onderzoek o = bewerk(id, expectedVersion, OnderzoekActie.DEFINITIEF_MAKEN);
        Set<Long> gescoord = repository.bevindingen(id).stream().map(Bevinding::getNormId).collect(Collectors.toSet());
        List<String> ontbrekend = new ArrayList<>();
        Map<Long, Norm> normen = repository.normen(List.copyOf(o.getNormIds()));
        for (Long normId : o.getNormIds()) {
            if (!gescoord.contains(normId)) {
                ontbrekend.add(normen.get(normId).getCode());
            }
        }
        if (!ontbrekend.isEmpty()) {
            throw new OvergangGeweigerd("BEVINDINGEN_ONVOLLEDIG", "Het rapport kan niet definitief: geen bevinding voor norm(en) "
                    + String.join(", ", ontbrekend.stream().sorted().toList()));
        }
        String voor = ToezichtMapper.beschrijf(o);
        o.definitief(Tijd.nuUtc());
        return opslaan(o, OnderzoekActie.DEFINITIEF_MAKEN, voor, null);
    }

    private Onderzoek bewerk(long id, long expectedVersion, OnderzoekActie actie) {
        Onderzoek o = repository.get(Onderzoek.class, id, "Onderzoek");
        Versies.controleer(o.getVersion(), expectedVersion, "Onderzoek " + o.getNummer());
        ToezichtWorkflow.volgende(o.getStatus(), actie);
        toezichthouders.vereis(o.getOrganisatie(), caller());
        return o;
    }

    private OnderzoekDetail opslaan(Onderzoek o, OnderzoekActie actie, String voor, String reden) {
        o.status(ToezichtWorkflow.volgende(o.getStatus(), actie));
        Versies.flush(repository::flush, "Onderzoek " + o.getNummer(), o::getVersion);
        audit.record(AUDIT, o.getId(), actie.name(), voor + " -> " + ToezichtMapper.beschrijf(o), reden);
        return detail(o);
    }

    OnderzoekDetail detail(Onderzoek o) {
        LocalDate vandaag = Tijd.vandaag();
        Map<Long, String> aanbieders = repository.aanbiederNamen(List.of(o.getAanbiederId()));
        Map<Long, Bevinding> bevindingen = repository.bevindingen(o.getId()).stream()
                .collect(Collectors.toMap(Bevinding::getNormId, Function.identity()));
        List<NormRegel> normen = o.getKader().getNormen().stream()
                .filter(n -> o.getNormIds().contains(n.getId()))
                .map(n -> {
                    Bevinding b = bevindingen.get(n.getId());
                    return new NormRegel(n.getId(), n.getCode(), n.getThema().name(), n.getOmschrijving(),
                            b == null ? null : b.getOordeel().name(), b == null ? null : b.getOnderbouwing(),
                            b == null ? null : b.getVastgesteldDoor());
                }).toList();
        List<MaatregelView> maatregelen = repository.maatregelen(o.getId()).stream()
                .map(m -> ToezichtMapper.view(m, o.getNummer(), aanbieders, vandaag)).toList();
        boolean bewerkbaar = context.isCallerInRole(Rollen.TOEZICHTHOUDER)
                && toezichthouders.organisatie(caller()).map(org -> org == o.getOrganisatie()).orElse(false);
        String gemeenteNaam = o.getGemeenteId() == null ? null : repository.gemeenteNamen(List.of(o.getGemeenteId())).get(o.getGemeenteId());
        return new OnderzoekDetail(ToezichtMapper.view(o, aanbieders), gemeenteNaam, o.getScope(), o.getStartDatum(), o.getEindDatum(),
                o.getKader().getCode(), o.getKader().getVersie(), o.getKader().getNaam(), normen, maatregelen, o.getZienswijze(),
                o.getZienswijzeDatum(), o.getDefinitiefOp(), repository.meldingNummersVan(o.getId()),
                ToezichtWorkflow.acties(o.getStatus()).stream().map(Enum::name).toList(), bewerkbaar,
                audit.history(AUDIT, o.getId(), 200));
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? "systeem" : context.getCallerPrincipal().getName();
    }
}
