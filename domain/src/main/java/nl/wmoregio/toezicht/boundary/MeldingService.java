package nl.wmoregio.toezicht.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.toegang.boundary.Verwerkingslog;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.toezicht.control.ToezichtMapper;
import nl.wmoregio.toezicht.control.ToezichtRepository;
import nl.wmoregio.toezicht.control.ToezichtRules;
import nl.wmoregio.toezicht.control.ToezichtWorkflow;
import nl.wmoregio.toezicht.control.ToezichtWorkflow.MeldingActie;
import nl.wmoregio.toezicht.control.Toezichthouders;
import nl.wmoregio.toezicht.control.Werkdagen;
import nl.wmoregio.toezicht.entity.Melding;
import nl.wmoregio.toezicht.entity.MeldingBijlage;
import nl.wmoregio.toezicht.entity.ToezichtInstelling;

/**
 * The regional meldpunt: intake (toezicht, consulenten of the gemeenten, contract managers, and
 * providers through the MELDER account), triage by the toezichthouders, and the case history.
 * Every change is audited with before and after in the same transaction.
 */
@Stateless
@RolesAllowed(Rollen.TOEZICHTHOUDER)
public class MeldingService {

    public static final String AUDIT = "Melding";
    static final Set<MeldingBron> IDENTITEIT_BESCHERMD = Set.of(MeldingBron.INWONER, MeldingBron.ANONIEM);

    @Inject
    ToezichtRepository repository;

    @Inject
    Toezichthouders toezichthouders;

    @Inject
    AuditService audit;

    @Inject
    Bereik bereik;

    @Inject
    Verwerkingslog verwerkingslog;

    @Resource
    SessionContext context;

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.GEMEENTE, Rollen.CONTRACTMANAGER})
    public MeldingDetail meld(MeldingInput input) {
        MeldingBron bron = ToezichtRules.code(MeldingBron.class, input.bron(), "bron");
        MeldingSoort soort = ToezichtRules.code(MeldingSoort.class, input.soort(), "soort");
        // L18 (issue 16): a gemeente files only for itself, and only a toezichthouder registers a report
        // received earlier (a letter, a phone call); everyone else reports today, so nobody backdates
        // a melding past the reporting term.
        Long gemeenteId = input.gemeenteId() == null ? null : bereik.filter(input.gemeenteId());
        LocalDate melddatum = input.melddatum();
        if (!context.isCallerInRole(Rollen.TOEZICHTHOUDER)) {
            if (melddatum != null && !melddatum.equals(Tijd.vandaag())) {
                throw new DomainException("MELDDATUM_VANDAAG", "melddatum", "De melddatum is vandaag");
            }
            melddatum = Tijd.vandaag();
        }
        return nieuw(bron, soort, input.aanbiederId(), gemeenteId, input.clientPseudoniem(), input.gebeurtenisDatum(),
                melddatum, input.omschrijving(), input.melderNaam(), input.melderContact());
    }

    /** A provider reports its own calamiteit or geweld bij de verstrekking (Wmo 2015 art. 3.4); the report date is today. */
    @RolesAllowed({Rollen.MELDER, Rollen.TOEZICHTHOUDER})
    public MeldingDetail meldCalamiteit(CalamiteitInput input) {
        MeldingSoort soort = ToezichtRules.code(MeldingSoort.class, input.soort(), "soort");
        if (soort != MeldingSoort.CALAMITEIT && soort != MeldingSoort.GEWELD) {
            throw new DomainException("SOORT_NIET_MELDPLICHTIG", "soort", "Via dit kanaal alleen CALAMITEIT of GEWELD");
        }
        // M10 (issue 16): a provider's reporting account reports for its own provider only
        Long aanbiederId = input.aanbiederId();
        if (!context.isCallerInRole(Rollen.TOEZICHTHOUDER)) {
            Long eigen = bereik.aanbieder();
            if (eigen == null) {
                throw new GeenToegang("Dit meldaccount hoort bij geen aanbieder");
            }
            if (aanbiederId != null && !aanbiederId.equals(eigen)) {
                audit.weigering("Aanbieder", aanbiederId, "calamiteit gemeld namens een andere aanbieder");
                throw new GeenToegang("Dit meldaccount meldt alleen namens de eigen aanbieder");
            }
            aanbiederId = eigen;
        }
        return nieuw(MeldingBron.AANBIEDER, soort, aanbiederId, input.gemeenteId(), input.clientPseudoniem(),
                input.gebeurtenisDatum(), Tijd.vandaag(), input.omschrijving(), input.melderNaam(), input.melderContact());
    }

    private MeldingDetail nieuw(MeldingBron bron, MeldingSoort soort, Long aanbiederId, Long gemeenteId, String pseudoniem,
                                LocalDate gebeurtenis, LocalDate melddatum, String omschrijvingRaw, String naamRaw, String contactRaw) {
        ToezichtRules.verplicht(aanbiederId, "aanbiederId");
        ToezichtRules.verplicht(gemeenteId, "gemeenteId");
        if (!repository.bestaat("aanbieder", aanbiederId)) {
            throw new DomainException("ONBEKEND", "aanbiederId", "Aanbieder " + aanbiederId + " bestaat niet");
        }
        if (!repository.bestaat("gemeente", gemeenteId)) {
            throw new DomainException("ONBEKEND", "gemeenteId", "Gemeente " + gemeenteId + " bestaat niet");
        }
        ToezichtRules.meldDatums(gebeurtenis, melddatum, Tijd.vandaag());
        String omschrijving = ToezichtRules.tekst(omschrijvingRaw, "omschrijving", 10_000, true);
        String naam = ToezichtRules.tekst(naamRaw, "melderNaam", 200, false);
        String contact = ToezichtRules.tekst(contactRaw, "melderContact", 200, false);
        if (bron == MeldingBron.ANONIEM && (naam != null || contact != null)) {
            throw new DomainException("ANONIEM_MET_NAAM", "melderNaam", "Een anonieme melding heeft geen naam of contactgegevens");
        }
        ToezichtInstelling instelling = repository.instelling();
        int werkdagen = Werkdagen.tussen(gebeurtenis, melddatum);
        boolean teLaat = ToezichtRules.teLaat(soort, werkdagen, instelling.getMeldtermijnWerkdagen());
        Melding m = new Melding("tmp-" + java.util.UUID.randomUUID(), bron, soort, aanbiederId, gemeenteId,
                ToezichtRules.pseudoniem(pseudoniem), gebeurtenis, melddatum, omschrijving, naam, contact, werkdagen, teLaat,
                melddatum.plusDays(instelling.getTriagetermijnDagen()), caller(), Tijd.nuUtc());
        repository.persist(m);
        repository.flush();
        m.nummer(String.format("M%d-%06d", melddatum.getYear(), m.getId()));
        repository.flush();
        if (m.getClientPseudoniem() != null) {
            verwerkingslog.registreer(m.getClientPseudoniem(), "AANMAKEN", "Melding " + m.getNummer() + " (toezicht)");
        }
        audit.record(AUDIT, m.getId(), "AANGEMAAKT", "bron=" + bron + "; soort=" + soort + "; aanbieder=" + aanbiederId
                + "; gemeente=" + gemeenteId + "; werkdagen=" + werkdagen + "; teLaat=" + teLaat + "; " + ToezichtMapper.beschrijf(m), null);
        return detail(m);
    }

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    public Page<MeldingView> zoek(MeldingFilter filter, PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        List<Melding> rows = repository.zoekMeldingen(filter, page, vandaag);
        Map<Long, String> aanbieders = repository.aanbiederNamen(rows.stream().map(Melding::getAanbiederId).toList());
        Map<Long, String> gemeenten = repository.gemeenteNamen(rows.stream().map(Melding::getGemeenteId).toList());
        return new Page<>(rows.stream().map(m -> ToezichtMapper.view(m, aanbieders, gemeenten, vandaag)).toList(),
                page.page(), page.size(), repository.telMeldingen(filter, vandaag));
    }

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    public MeldingDetail get(long id) {
        Melding m = repository.get(Melding.class, id, "Melding");
        // M11 (issue 16): a toezichthouder reading a melding about a client reads pseudonymous client data
        if (m.getClientPseudoniem() != null && context.isCallerInRole(Rollen.TOEZICHTHOUDER)) {
            verwerkingslog.registreer(m.getClientPseudoniem(), Verwerkingslog.LEZEN, "Toezicht: melding " + m.getNummer());
        }
        return detail(m);
    }

    /** Assigns (or re-assigns) the melding to the GGD or the Wmo-toezichthouder. */
    public MeldingDetail wijsToe(long id, long expectedVersion, TriageInput input) {
        Melding m = bewerk(id, expectedVersion, MeldingActie.TOEWIJZEN);
        Organisatie organisatie = ToezichtRules.code(Organisatie.class, input.organisatie(), "organisatie");
        LocalDate deadline = m.getTriageDeadline();
        if (input.termijnDagen() != null) {
            if (input.termijnDagen() < 1 || input.termijnDagen() > 90) {
                throw new DomainException("TERMIJN_ONGELDIG", "termijnDagen", "De termijn ligt tussen 1 en 90 dagen");
            }
            deadline = Tijd.vandaag().plusDays(input.termijnDagen());
        }
        String voor = ToezichtMapper.beschrijf(m);
        m.wijsToe(organisatie, deadline);
        return opslaan(m, MeldingActie.TOEWIJZEN, voor, null);
    }

    public MeldingDetail sluit(long id, long expectedVersion, RedenInput input) {
        Melding m = bewerk(id, expectedVersion, MeldingActie.SLUITEN);
        String reden = ToezichtRules.tekst(input.reden(), "reden", 500, true);
        String voor = ToezichtMapper.beschrijf(m);
        m.sluit(reden);
        return opslaan(m, MeldingActie.SLUITEN, voor, reden);
    }

    public MeldingDetail voegSamen(long id, long expectedVersion, SamenvoegInput input) {
        Melding m = bewerk(id, expectedVersion, MeldingActie.SAMENVOEGEN);
        Melding hoofd = repository.reference(Melding.class, ToezichtRules.verplicht(input.hoofdMeldingId(), "hoofdMeldingId"),
                "hoofdMeldingId", "Melding");
        if (hoofd.getId().equals(m.getId()) || hoofd.getSamengevoegdMetId() != null) {
            throw new DomainException("HOOFDMELDING_ONGELDIG", "hoofdMeldingId",
                    "Samenvoegen kan alleen met een andere melding die zelf niet is samengevoegd");
        }
        String reden = ToezichtRules.tekst(input.reden(), "reden", 500, false);
        String voor = ToezichtMapper.beschrijf(m);
        m.voegSamenMet(hoofd.getId());
        if (hoofd.getOnderzoekId() != null) {
            m.koppelOnderzoek(hoofd.getOnderzoekId());
        }
        audit.record(AUDIT, hoofd.getId(), "MELDING_TOEGEVOEGD", "melding " + m.getNummer() + " samengevoegd in deze zaak", reden);
        return opslaan(m, MeldingActie.SAMENVOEGEN, voor, reden);
    }

    public MeldingDetail heropen(long id, long expectedVersion, RedenInput input) {
        Melding m = bewerk(id, expectedVersion, MeldingActie.HEROPENEN);
        String reden = ToezichtRules.tekst(input.reden(), "reden", 500, true);
        if (m.isGeanonimiseerd()) {
            throw new OvergangGeweigerd("MELDING_GEANONIMISEERD", "Een geanonimiseerde melding kan niet worden heropend");
        }
        String voor = ToezichtMapper.beschrijf(m);
        m.heropen();
        if (m.getOrganisatie() == null) {
            throw new OvergangGeweigerd("MELDING_HEROPENEN_NIET_TOEGESTAAN", "Een melding zonder organisatie kan niet worden heropend");
        }
        return opslaan(m, MeldingActie.HEROPENEN, voor, reden);
    }

    /** AVG: erases the reporter's name and contact after closing. */
    public MeldingDetail anonimiseer(long id, long expectedVersion, RedenInput input) {
        Melding m = bewerk(id, expectedVersion, MeldingActie.ANONIMISEREN);
        String reden = ToezichtRules.tekst(input.reden(), "reden", 500, false);
        String voor = ToezichtMapper.beschrijf(m) + "; melder " + (m.getMelderNaam() == null && m.getMelderContact() == null ? "leeg" : "bekend");
        m.anonimiseer();
        return opslaan(m, MeldingActie.ANONIMISEREN, voor + " -> melder verwijderd", reden);
    }

    public MeldingDetail voegBijlageToe(long id, String bestandsnaam, String mediatype, byte[] inhoud) {
        Melding m = repository.get(Melding.class, id, "Melding");
        ToezichtWorkflow.volgende(m.getStatus(), MeldingActie.BIJLAGE_TOEVOEGEN);
        toezichthouders.vereis(m.getOrganisatie(), caller());
        String type = ToezichtRules.bijlage(bestandsnaam, mediatype, inhoud);
        MeldingBijlage b = new MeldingBijlage(id, bestandsnaam.strip(), type, inhoud, caller(), Tijd.nuUtc());
        repository.persist(b);
        repository.lockForUpdate(m);
        repository.flush();
        audit.record(AUDIT, id, "BIJLAGE_TOEGEVOEGD", "bijlage " + b.getId() + ": " + b.getBestandsnaam() + " (" + type + ", "
                + inhoud.length + " bytes)", null);
        return detail(m);
    }

    public Bijlage bijlage(long meldingId, long bijlageId) {
        MeldingBijlage b = repository.get(MeldingBijlage.class, bijlageId, "Bijlage");
        if (b.getMeldingId() != meldingId) {
            throw new NotFoundException("Bijlage", bijlageId);
        }
        return new Bijlage(b.getBestandsnaam(), b.getMediatype(), b.getInhoud());
    }

    public List<String> acties(MeldingStatus status) {
        return ToezichtWorkflow.acties(status).stream().map(Enum::name).toList();
    }

    private Melding bewerk(long id, long expectedVersion, MeldingActie actie) {
        Melding m = repository.get(Melding.class, id, "Melding");
        Versies.controleer(m.getVersion(), expectedVersion, "Melding " + m.getNummer());
        ToezichtWorkflow.volgende(m.getStatus(), actie);
        // Triage of a new melding: any toezichthouder with an organisation; once assigned, only that organisation.
        toezichthouders.vereis(m.getStatus() == MeldingStatus.NIEUW ? null : m.getOrganisatie(), caller());
        return m;
    }

    private MeldingDetail opslaan(Melding m, MeldingActie actie, String voor, String reden) {
        m.status(ToezichtWorkflow.volgende(m.getStatus(), actie));
        Versies.flush(repository::flush, "Melding " + m.getNummer(), m::getVersion);
        audit.record(AUDIT, m.getId(), actie.name(), voor + " -> " + ToezichtMapper.beschrijf(m), reden);
        return detail(m);
    }

    MeldingDetail detail(Melding m) {
        LocalDate vandaag = Tijd.vandaag();
        MeldingView view = ToezichtMapper.view(m, repository.aanbiederNamen(List.of(m.getAanbiederId())),
                repository.gemeenteNamen(List.of(m.getGemeenteId())), vandaag);
        boolean zichtbaar = context.isCallerInRole(Rollen.TOEZICHTHOUDER) || !IDENTITEIT_BESCHERMD.contains(m.getBron());
        String hoofdNummer = m.getSamengevoegdMetId() == null ? null : repository.get(Melding.class, m.getSamengevoegdMetId(), "Melding").getNummer();
        String onderzoekNummer = m.getOnderzoekId() == null ? null
                : repository.onderzoekNummers(List.of(m.getOnderzoekId())).get(m.getOnderzoekId());
        List<String> acties = new ArrayList<>(acties(m.getStatus()));
        if (m.isGeanonimiseerd()) {
            acties.remove(MeldingActie.HEROPENEN.name());
            acties.remove(MeldingActie.ANONIMISEREN.name());
        }
        // M11 (issue 16): the client pseudonym only for the toezicht roles
        String pseudoniem = context.isCallerInRole(Rollen.TOEZICHTHOUDER) ? m.getClientPseudoniem() : null;
        return new MeldingDetail(view, m.getOmschrijving(), pseudoniem, zichtbaar ? m.getMelderNaam() : null,
                zichtbaar ? m.getMelderContact() : null, zichtbaar, m.getSluitreden(), m.getSamengevoegdMetId(), hoofdNummer,
                m.getOnderzoekId(), onderzoekNummer, m.isGeanonimiseerd(), acties, repository.bijlagen(m.getId()),
                audit.history(AUDIT, m.getId(), 200));
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? "systeem" : context.getCallerPrincipal().getName();
    }
}
