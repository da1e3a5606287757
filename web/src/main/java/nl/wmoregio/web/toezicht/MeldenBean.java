package nl.wmoregio.web.toezicht;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toezicht.boundary.MeldingDetail;
import nl.wmoregio.toezicht.boundary.MeldingInput;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.SessionBean;
import nl.wmoregio.web.platform.faces.Texts;

/** The meldpunt intake form (toezicht, consulenten of the gemeenten, contract managers). */
@Named
@ViewScoped
public class MeldenBean implements Serializable {

    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("bron", "melden:bron"), Map.entry("soort", "melden:soort"),
            Map.entry("aanbiederId", "melden:aanbieder"), Map.entry("gemeenteId", "melden:gemeente"),
            Map.entry("clientPseudoniem", "melden:pseudoniem"), Map.entry("gebeurtenisDatum", "melden:gebeurtenisDatum"),
            Map.entry("melddatum", "melden:melddatum"), Map.entry("omschrijving", "melden:omschrijving"),
            Map.entry("melderNaam", "melden:melderNaam"), Map.entry("melderContact", "melden:melderContact"));

    @Inject
    MeldingService service;
    @Inject
    ToezichtService toezicht;
    @Inject
    AanbiederService aanbiederService;
    @Inject
    GemeenteService gemeenteService;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;
    @Inject
    SessionBean gebruiker;

    private String bron;
    private String soort;
    private Long aanbiederId;
    private Long gemeenteId;
    private String clientPseudoniem;
    private LocalDate gebeurtenisDatum;
    private LocalDate melddatum = Tijd.vandaag();
    private String omschrijving;
    private String melderNaam;
    private String melderContact;
    private List<AanbiederView> aanbieders;
    private List<GemeenteView> gemeenten;
    private Integer meldtermijn;

    public String opslaan() {
        MeldingDetail d = errors.call(() -> service.meld(new MeldingInput(bron, soort, aanbiederId, gemeenteId, clientPseudoniem,
                gebeurtenisDatum, melddatum, omschrijving, melderNaam, melderContact)), VELDEN);
        if (d == null) {
            return null;
        }
        errors.info(texts.get("melden.ontvangen", d.melding().nummer()));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        if (gebruiker.heeftRol(Rollen.TOEZICHTHOUDER)) {
            return "/toezicht/melding.xhtml?faces-redirect=true&id=" + d.melding().id();
        }
        return "/toezicht/melden.xhtml?faces-redirect=true";
    }

    public List<AanbiederView> getAanbieders() {
        if (aanbieders == null) {
            aanbieders = aanbiederService.zoek(new AanbiederFilter(null, null, null), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items();
            if (aanbieders.size() == PageRequest.MAX_SIZE) {
                aanbieders = new java.util.ArrayList<>(aanbieders);
                aanbieders.addAll(aanbiederService.zoek(new AanbiederFilter(null, null, null), new PageRequest(1, PageRequest.MAX_SIZE, "naam", true)).items());
            }
        }
        return aanbieders;
    }

    public List<GemeenteView> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = gemeenteService.zoek(new GemeenteFilter(null, Tijd.vandaag()), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items();
        }
        return gemeenten;
    }

    public int getMeldtermijn() {
        if (meldtermijn == null) {
            meldtermijn = toezicht.instelling().meldtermijnWerkdagen();
        }
        return meldtermijn;
    }

    public String getBron() { return bron; }
    public void setBron(String bron) { this.bron = bron; }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort; }
    public Long getAanbiederId() { return aanbiederId; }
    public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
    public String getClientPseudoniem() { return clientPseudoniem; }
    public void setClientPseudoniem(String clientPseudoniem) { this.clientPseudoniem = clientPseudoniem; }
    public LocalDate getGebeurtenisDatum() { return gebeurtenisDatum; }
    public void setGebeurtenisDatum(LocalDate gebeurtenisDatum) { this.gebeurtenisDatum = gebeurtenisDatum; }
    public LocalDate getMelddatum() { return melddatum; }
    public void setMelddatum(LocalDate melddatum) { this.melddatum = melddatum; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public String getMelderNaam() { return melderNaam; }
    public void setMelderNaam(String melderNaam) { this.melderNaam = melderNaam; }
    public String getMelderContact() { return melderContact; }
    public void setMelderContact(String melderContact) { this.melderContact = melderContact; }
}
