package nl.wmoregio.web.regio;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.regio.boundary.RegioInput;
import nl.wmoregio.regio.boundary.RegioService;
import nl.wmoregio.regio.boundary.RegioView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * The centrumregeling itself (name, centrumgemeente, period): everyone reads it, BEHEERDER edits
 * it (was REST only). The centrumgemeente is chosen from today's gemeenten, not typed as a code.
 * Keeps the version it showed: a stale save is refused.
 */
@Named
@ViewScoped
public class RegioBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "naam", "regio:naam",
            "centrumgemeenteCbsCode", "regio:centrumgemeente",
            "regelingVan", "regio:regelingVan",
            "regelingTot", "regio:regelingTot");

    @Inject
    RegioService service;
    @Inject
    GemeenteService gemeenten;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private RegioView regio;
    private String naam;
    private String centrumgemeente;
    private LocalDate regelingVan;
    private LocalDate regelingTot;
    private List<GemeenteView> keuzes;

    public void load() {
        toon(service.regio());
    }

    public void opslaan() {
        RegioView saved = errors.call(() -> service.update(regio.version(),
                new RegioInput(naam, centrumgemeente, regelingVan, regelingTot)), VELDEN);
        if (saved != null) {
            toon(saved);
            errors.info(texts.get("regio.opgeslagen", saved.naam()));
        }
    }

    private void toon(RegioView r) {
        regio = r;
        naam = r.naam();
        centrumgemeente = r.centrumgemeenteCbsCode();
        regelingVan = r.regelingVan();
        regelingTot = r.regelingTot();
    }

    public List<GemeenteView> getGemeenten() {
        if (keuzes == null) {
            keuzes = gemeenten.zoek(new GemeenteFilter(null, Tijd.vandaag()), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items();
        }
        return keuzes;
    }

    public RegioView getRegio() {
        return regio;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getCentrumgemeente() {
        return centrumgemeente;
    }

    public void setCentrumgemeente(String centrumgemeente) {
        this.centrumgemeente = centrumgemeente;
    }

    public LocalDate getRegelingVan() {
        return regelingVan;
    }

    public void setRegelingVan(LocalDate regelingVan) {
        this.regelingVan = regelingVan;
    }

    public LocalDate getRegelingTot() {
        return regelingTot;
    }

    public void setRegelingTot(LocalDate regelingTot) {
        this.regelingTot = regelingTot;
    }
}
