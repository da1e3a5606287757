package nl.wmoregio.web.beheer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditKetenRapport;
import nl.wmoregio.audit.boundary.AuditKetenService;
import nl.wmoregio.privacy.boundary.BewaartermijnInput;
import nl.wmoregio.privacy.boundary.BewaartermijnService;
import nl.wmoregio.privacy.boundary.BewaartermijnView;
import nl.wmoregio.toezicht.boundary.InstellingInput;
import nl.wmoregio.toezicht.boundary.InstellingView;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * Region settings that were REST only: the toezicht deadlines (meldtermijn, triagetermijn) and
 * the retention periods per kind of record. BEHEERDER (web.xml); each save checks the version it
 * showed and is audited by the boundary.
 */
@Named
@ViewScoped
public class InstellingenBean implements Serializable {

    private static final Map<String, String> TOEZICHT_VELDEN = Map.of(
            "meldtermijnWerkdagen", "toezicht:meldtermijn",
            "triagetermijnDagen", "toezicht:triagetermijn");
    private static final Map<String, String> BEWAAR_VELDEN = Map.of(
            "maanden", "bewaren:maanden",
            "actief", "bewaren:actief",
            "soort", "bewaren:soort");

    @Inject
    ToezichtService toezicht;
    @Inject
    BewaartermijnService bewaren;
    @Inject
    AuditKetenService auditKeten;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private InstellingView instelling;
    private Integer meldtermijn;
    private Integer triagetermijn;

    private List<BewaartermijnView> termijnen;
    private String soort;
    private Integer maanden;
    private boolean actief;

    public void load() {
        toon(toezicht.instelling());
        termijnen = bewaren.termijnen();
    }

    private void toon(InstellingView i) {
        instelling = i;
        meldtermijn = i.meldtermijnWerkdagen();
        triagetermijn = i.triagetermijnDagen();
    }

    public void opslaanToezicht() {
        InstellingView saved = errors.call(() -> toezicht.wijzigInstelling(instelling.version(),
                new InstellingInput(meldtermijn, triagetermijn)), TOEZICHT_VELDEN);
        if (saved != null) {
            toon(saved);
            errors.info(texts.get("instellingen.toezicht.opgeslagen"));
        }
    }

    /** Selecting a kind fills in its current values. */
    public void kiesSoort() {
        termijnen.stream().filter(t -> t.soort().equals(soort)).findFirst().ifPresent(t -> {
            maanden = t.maanden();
            actief = t.actief();
        });
    }

    public void opslaanBewaren() {
        BewaartermijnView huidig = termijnen.stream().filter(t -> t.soort().equals(soort)).findFirst().orElse(null);
        if (huidig == null) {
            errors.error("bewaren:soort", texts.get("instellingen.bewaren.kies"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        BewaartermijnView saved = errors.call(() -> bewaren.wijzig(soort, huidig.version(), new BewaartermijnInput(maanden, actief)),
                BEWAAR_VELDEN);
        if (saved != null) {
            termijnen = bewaren.termijnen();
            errors.info(texts.get("instellingen.bewaren.opgeslagen", saved.soort(), saved.maanden()));
        }
    }

    public InstellingView getInstelling() { return instelling; }
    public Integer getMeldtermijn() { return meldtermijn; }
    public void setMeldtermijn(Integer meldtermijn) { this.meldtermijn = meldtermijn; }
    public Integer getTriagetermijn() { return triagetermijn; }
    public void setTriagetermijn(Integer triagetermijn) { this.triagetermijn = triagetermijn; }
    public List<BewaartermijnView> getTermijnen() { return termijnen; }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort; }
    public Integer getMaanden() { return maanden; }
    public void setMaanden(Integer maanden) { this.maanden = maanden; }
    public boolean isActief() { return actief; }
    public void setActief(boolean actief) { this.actief = actief; }

    private AuditKetenRapport keten;

    /** Issue 16 M6: seal and check the audit trail's hash chain; the result shows below the button. */
    public void controleerKeten() {
        keten = auditKeten.controleer(1);
    }

    public AuditKetenRapport getKeten() {
        return keten;
    }
}
