package nl.wmoregio.web.ceo;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import nl.wmoregio.ceo.boundary.CeoRondeView;
import nl.wmoregio.ceo.boundary.CeoService;
import nl.wmoregio.ceo.boundary.ImportRapport;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** Import of a response file with the report per row; all-or-nothing unless the user accepts good rows. */
@Named
@ViewScoped
public class CeoImportBean implements Serializable {

    @Inject
    CeoService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private Long ronde;
    private CeoRondeView view;
    private String inhoud;
    private boolean goedeRegels;
    private ImportRapport rapport;

    public void load() {
        if (ronde != null) {
            view = errors.call(() -> service.ronde(ronde), Map.of());
        }
    }

    public void importeer() {
        rapport = errors.call(() -> service.importeer(ronde, inhoud,
                goedeRegels ? CeoService.GOEDE_REGELS : CeoService.ALLES_OF_NIETS), Map.of("bestand", "import:inhoud", "modus", "import:goedeRegels"));
        if (rapport != null) {
            if (!rapport.verwerkt()) {
                errors.error(null, texts.get("ceo.import.geweigerd", rapport.afgekeurd()));
            } else if (rapport.alEerderVerwerkt()) {
                errors.info(texts.get("ceo.import.alEerder"));
            } else {
                errors.info(texts.get("ceo.import.klaar", rapport.opgeslagen(), rapport.ongewijzigd(), rapport.afgekeurd()));
            }
            load();
        }
    }

    public Long getRonde() { return ronde; }
    public void setRonde(Long ronde) { this.ronde = ronde; }
    public CeoRondeView getView() { return view; }
    public String getInhoud() { return inhoud; }
    public void setInhoud(String inhoud) { this.inhoud = inhoud; }
    public boolean isGoedeRegels() { return goedeRegels; }
    public void setGoedeRegels(boolean goedeRegels) { this.goedeRegels = goedeRegels; }
    public ImportRapport getRapport() { return rapport; }
}
