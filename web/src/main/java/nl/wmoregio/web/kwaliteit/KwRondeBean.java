package nl.wmoregio.web.kwaliteit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.kwaliteit.boundary.BeoordelingView;
import nl.wmoregio.kwaliteit.boundary.KwaliteitService;
import nl.wmoregio.kwaliteit.boundary.RondeView;
import nl.wmoregio.kwaliteit.boundary.Verdeling;
import nl.wmoregio.web.platform.faces.FacesErrors;

/** One round: the providers with their scoring status, the distribution per indicator, who is below norm. */
@Named
@ViewScoped
public class KwRondeBean implements Serializable {

    @Inject
    KwaliteitService service;

    @Inject
    FacesErrors errors;

    private Long id;
    private RondeView ronde;
    private List<BeoordelingView> beoordelingen;
    private Verdeling verdeling;

    public void load() {
        if (id == null) {
            return;
        }
        ronde = errors.call(() -> service.ronde(id), Map.of());
        if (ronde != null) {
            beoordelingen = service.beoordelingen(id);
            verdeling = service.verdeling(id);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RondeView getRonde() { return ronde; }
    public List<BeoordelingView> getBeoordelingen() { return beoordelingen; }
    public Verdeling getVerdeling() { return verdeling; }
}
