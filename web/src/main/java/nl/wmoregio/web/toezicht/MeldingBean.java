package nl.wmoregio.web.toezicht;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toezicht.boundary.MeldingDetail;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.MeldingView;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekInput;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.toezicht.boundary.RedenInput;
import nl.wmoregio.toezicht.boundary.SamenvoegInput;
import nl.wmoregio.toezicht.boundary.TriageInput;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;
import jakarta.servlet.http.Part;

/** The case page of a melding: details, the triage steps allowed in its state, attachments and the timeline. */
@Named
@ViewScoped
public class MeldingBean implements Serializable {

    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("organisatie", "triage:organisatie"),
            Map.entry("termijnDagen", "triage:termijn"), Map.entry("reden", "triage:reden"),
            Map.entry("hoofdMeldingId", "triage:hoofdmelding"), Map.entry("type", "triage:type"), Map.entry("scope", "triage:scope"),
            Map.entry("geplandVan", "triage:geplandVan"), Map.entry("geplandTot", "triage:geplandTot"),
            Map.entry("bestand", "bijlage:bestand"), Map.entry("bestandsnaam", "bijlage:bestand"));

    @Inject
    MeldingService service;
    @Inject
    OnderzoekService onderzoeken;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private Long id;
    private MeldingDetail detail;
    private String organisatie;
    private Integer termijnDagen;
    private String reden;
    private String hoofdmelding;
    private String type;
    private String scope;
    private LocalDate geplandVan = Tijd.vandaag();
    private LocalDate geplandTot = Tijd.vandaag().plusWeeks(8);
    private transient Part bestand;

    public void load() {
        if (id != null) {
            detail = errors.call(() -> service.get(id), Map.of());
            if (detail != null && organisatie == null) {
                organisatie = detail.melding().organisatie();
            }
        }
    }

    public void toewijzen() { stap(() -> service.wijsToe(id, versie(), new TriageInput(organisatie, termijnDagen))); }
    public void sluiten() { stap(() -> service.sluit(id, versie(), new RedenInput(reden))); }
    public void heropenen() { stap(() -> service.heropen(id, versie(), new RedenInput(reden))); }
    public void anonimiseren() { stap(() -> service.anonimiseer(id, versie(), new RedenInput(reden))); }

    public void samenvoegen() {
        Long hoofdId = null;
        if (hoofdmelding != null && !hoofdmelding.isBlank()) {
            String nummer = hoofdmelding.strip();
            hoofdId = zoekNummer(nummer);
            if (hoofdId == null) {
                errors.error("triage:hoofdmelding", texts.get("zaak.hoofdmelding.onbekend"));
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        Long hoofd = hoofdId;
        stap(() -> service.voegSamen(id, versie(), new SamenvoegInput(hoofd, reden)));
    }

    private Long zoekNummer(String nummer) {
        // Meldingnummers end in the id (M2025-000123); the id part identifies the melding.
        try {
            long kandidaat = Long.parseLong(nummer.substring(nummer.lastIndexOf('-') + 1).replaceAll("\\D", ""));
            MeldingDetail d = service.get(kandidaat);
            return d.melding().nummer().equalsIgnoreCase(nummer) ? kandidaat : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    public String onderzoekStarten() {
        OnderzoekDetail o = errors.call(() -> onderzoeken.startVanuitMelding(id, versie(),
                new OnderzoekInput(type, null, null, null, scope, geplandVan, geplandTot, null, null)), VELDEN);
        if (o == null) {
            return null;
        }
        errors.info(texts.get("zaak.opgeslagen"));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/toezicht/onderzoek.xhtml?faces-redirect=true&id=" + o.onderzoek().id();
    }

    public void uploaden() {
        if (bestand == null || bestand.getSize() == 0) {
            errors.error("bijlage:bestand", texts.get("fout.BIJLAGE_LEEG"));
            return;
        }
        if (bestand.getSize() > MeldingResource.MAX_BIJLAGE_BYTES) { // L2: refused before it is read into memory
            errors.error("bijlage:bestand", texts.domainMessage("BIJLAGE_TE_GROOT", "Een bijlage mag hoogstens 5 MB zijn"));
            return;
        }
        byte[] inhoud;
        try (java.io.InputStream in = bestand.getInputStream()) {
            inhoud = in.readAllBytes();
        } catch (java.io.IOException e) {
            errors.error("bijlage:bestand", texts.get("fout.BIJLAGE_LEEG"));
            return;
        }
        String naam = java.nio.file.Path.of(bestand.getSubmittedFileName()).getFileName().toString();
        stap(() -> service.voegBijlageToe(id, naam, bestand.getContentType(), inhoud));
    }

    private void stap(Supplier<MeldingDetail> actie) {
        MeldingDetail d = errors.call(actie, VELDEN);
        if (d != null) {
            detail = d;
            reden = null;
            errors.info(texts.get("zaak.opgeslagen"));
        }
    }

    private long versie() {
        return detail.melding().version();
    }

    public boolean mag(String actie) {
        return detail != null && detail.acties().contains(actie);
    }

    public boolean isOpen() {
        MeldingView m = detail == null ? null : detail.melding();
        return m != null && (m.status().equals("NIEUW") || m.status().equals("TOEGEWEZEN"));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeldingDetail getDetail() { return detail; }
    public String getOrganisatie() { return organisatie; }
    public void setOrganisatie(String organisatie) { this.organisatie = organisatie; }
    public Integer getTermijnDagen() { return termijnDagen; }
    public void setTermijnDagen(Integer termijnDagen) { this.termijnDagen = termijnDagen; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public String getHoofdmelding() { return hoofdmelding; }
    public void setHoofdmelding(String hoofdmelding) { this.hoofdmelding = hoofdmelding; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public LocalDate getGeplandVan() { return geplandVan; }
    public void setGeplandVan(LocalDate geplandVan) { this.geplandVan = geplandVan; }
    public LocalDate getGeplandTot() { return geplandTot; }
    public void setGeplandTot(LocalDate geplandTot) { this.geplandTot = geplandTot; }
    public Part getBestand() { return bestand; }
    public void setBestand(Part bestand) { this.bestand = bestand; }
}
