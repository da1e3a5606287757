package nl.wmoregio.web.gebruiker;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditView;
import nl.wmoregio.gebruiker.boundary.GebruikerBeheer;
import nl.wmoregio.gebruiker.boundary.GebruikerFilter;
import nl.wmoregio.gebruiker.boundary.GebruikerInput;
import nl.wmoregio.gebruiker.boundary.GebruikerView;
import nl.wmoregio.gebruiker.boundary.Reden;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;
import org.primefaces.model.LazyDataModel;

/**
 * Beheer: users (issue 16, L19). The list is paged, sorted and filtered in the database; one form
 * creates a user or changes the selected one. The boundary checks the rules, the version the form
 * showed, and writes the audit trail; an error is shown next to its field.
 */
@Named
@ViewScoped
public class GebruikersBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "gebruikersnaam", "bewerk:gebruikersnaam", "volledigeNaam", "bewerk:volledigeNaam",
            "wachtwoord", "bewerk:wachtwoord", "rollen", "bewerk:rollen", "gemeenteId", "bewerk:gemeente",
            "toezichtOrganisatie", "bewerk:organisatie", "aanbiederId", "bewerk:aanbieder", "reden", "bewerk:reden",
            "actief", "bewerk:reden", "id", "bewerk:reden");

    @Inject
    GebruikerBeheer service;
    @Inject
    GemeenteService gemeenteService;
    @Inject
    AanbiederService aanbiederService;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private String tekst;
    private String rol;
    private String status = "actief";

    private GebruikerView geselecteerd;
    private String gebruikersnaam;
    private String volledigeNaam;
    private String wachtwoord;
    private List<String> rollen = new ArrayList<>();
    private Long gemeenteId;
    private String toezichtOrganisatie;
    private AanbiederView aanbieder;
    private String reden;
    private List<AuditView> historie = List.of();
    private List<GemeenteView> gemeenten;

    private final LazyDataModel<GebruikerView> model = new BoundaryDataModel<>(page -> service.zoek(filter(), page), GebruikerView::id);

    private GebruikerFilter filter() {
        Boolean actief = switch (status == null ? "" : status) {
            case "actief" -> Boolean.TRUE;
            case "inactief" -> Boolean.FALSE;
            default -> null;
        };
        return new GebruikerFilter(tekst, rol == null || rol.isBlank() ? null : rol, actief);
    }

    public void kies(GebruikerView g) {
        GebruikerView actueel = errors.call(() -> service.get(g.id()), VELDEN);
        if (actueel != null) {
            toon(actueel);
        }
    }

    private void toon(GebruikerView g) {
        geselecteerd = g;
        gebruikersnaam = g.gebruikersnaam();
        volledigeNaam = g.volledigeNaam();
        wachtwoord = null;
        rollen = new ArrayList<>(g.rollen());
        gemeenteId = g.gemeenteId();
        toezichtOrganisatie = g.toezichtOrganisatie();
        aanbieder = g.aanbiederId() == null ? null : aanbiederService.get(g.aanbiederId()).aanbieder();
        reden = null;
        historie = service.historie(g.id());
    }

    public void nieuw() {
        geselecteerd = null;
        gebruikersnaam = null;
        volledigeNaam = null;
        wachtwoord = null;
        rollen = new ArrayList<>();
        gemeenteId = null;
        toezichtOrganisatie = null;
        aanbieder = null;
        reden = null;
        historie = List.of();
    }

    public void opslaan() {
        GebruikerInput input = new GebruikerInput(gebruikersnaam, volledigeNaam, wachtwoord, rollen, gemeenteId,
                toezichtOrganisatie, aanbieder == null ? null : aanbieder.id(), reden);
        GebruikerView opgeslagen = geselecteerd == null
                ? errors.call(() -> service.maak(input), VELDEN)
                : errors.call(() -> service.wijzig(geselecteerd.id(), geselecteerd.version(), input), VELDEN);
        if (opgeslagen != null) {
            boolean nieuw = geselecteerd == null;
            toon(opgeslagen);
            errors.info(texts.get(nieuw ? "gebruikers.aangemaakt" : "gebruikers.opgeslagen", opgeslagen.gebruikersnaam()));
        }
    }

    public void zetActief(boolean actief) {
        if (geselecteerd == null) {
            return;
        }
        GebruikerView opgeslagen = errors.call(() -> service.zetActief(geselecteerd.id(), geselecteerd.version(), actief,
                new Reden(reden)), VELDEN);
        if (opgeslagen != null) {
            toon(opgeslagen);
            errors.info(texts.get(actief ? "gebruikers.geactiveerd" : "gebruikers.gedeactiveerd", opgeslagen.gebruikersnaam()));
        }
    }

    public List<String> getAlleRollen() { return Rollen.ALLE; }
    public List<String> getOrganisaties() { return GebruikerBeheer.TOEZICHT_ORGANISATIES; }

    public List<GemeenteView> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = gemeenteService.zoek(new GemeenteFilter(null, null), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items();
        }
        return gemeenten;
    }

    public String gemeenteNaam(Long id) {
        return id == null ? "" : getGemeenten().stream().filter(g -> g.id() == id).map(GemeenteView::naam).findFirst().orElse("#" + id);
    }

    public LazyDataModel<GebruikerView> getModel() { return model; }
    public GebruikerView getGeselecteerd() { return geselecteerd; }
    public List<AuditView> getHistorie() { return historie; }
    public String getTekst() { return tekst; }
    public void setTekst(String tekst) { this.tekst = tekst; }
    public String getRol() { return rol; }
    public void setRol(String rol) { this.rol = rol; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
    public String getVolledigeNaam() { return volledigeNaam; }
    public void setVolledigeNaam(String volledigeNaam) { this.volledigeNaam = volledigeNaam; }
    public String getWachtwoord() { return wachtwoord; }
    public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
    public List<String> getRollen() { return rollen; }
    public void setRollen(List<String> rollen) { this.rollen = rollen == null ? new ArrayList<>() : new ArrayList<>(rollen); }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
    public String getToezichtOrganisatie() { return toezichtOrganisatie; }
    public void setToezichtOrganisatie(String toezichtOrganisatie) { this.toezichtOrganisatie = toezichtOrganisatie; }
    public AanbiederView getAanbieder() { return aanbieder; }
    public void setAanbieder(AanbiederView aanbieder) { this.aanbieder = aanbieder; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
}
