package nl.wmoregio.web.warehouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.sturing.boundary.RunService;
import nl.wmoregio.sturing.boundary.RunView;
import nl.wmoregio.sturing.boundary.ScenarioInput;
import nl.wmoregio.sturing.boundary.ScenarioService;
import nl.wmoregio.sturing.boundary.ScenarioView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** Scenarios (list, new, edit with the version shown) and warehouse runs (request, follow). */
@Named
@ViewScoped
public class ScenariosBean implements Serializable {

    @Inject
    ScenarioService scenarios;

    @Inject
    RunService runs;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private List<ScenarioView> lijst = List.of();
    private List<RunView> runLijst = List.of();
    private RunView laatste;
    private Long bewerkId;
    private long versie;
    private boolean bewerken;
    private String naam;
    private String omschrijving;
    private boolean actief = true;
    private Integer horizonJaren = 5;
    /** The percentages by field name of ScenarioInput. */
    private final Map<String, BigDecimal> pct = new HashMap<>();

    public void load() {
        lijst = scenarios.lijst();
        runLijst = runs.lijst(10);
        laatste = runLijst.isEmpty() ? null : runs.get(runLijst.get(0).id());
    }

    public void nieuw() {
        bewerkId = null;
        versie = 0;
        naam = null;
        omschrijving = null;
        actief = true;
        horizonJaren = 5;
        pct.clear();
        bewerken = true;
    }

    public void bewerk(long id) {
        ScenarioView s = scenarios.get(id);
        bewerkId = s.id();
        versie = s.version();
        naam = s.naam();
        omschrijving = s.omschrijving();
        actief = s.actief();
        horizonJaren = s.horizonJaren();
        BigDecimal[] w = {s.groei18tot64(), s.groei65tot74(), s.groei75tot84(), s.groei85plus(), s.abonnementHv(),
            s.reeleKostprijsHv(), s.cao(), s.doordecentralisatieBw(), s.extramuralisering(), s.jongerenDagbesteding()};
        for (int i = 0; i < w.length; i++) {
            pct.put(ScenarioInput.PERCENTAGES[i], w[i]);
        }
        bewerken = true;
    }

    public void opslaan() {
        ScenarioInput in = new ScenarioInput(naam, omschrijving, actief, horizonJaren, pct.get("groei18tot64"),
                pct.get("groei65tot74"), pct.get("groei75tot84"), pct.get("groei85plus"), pct.get("abonnementHv"),
                pct.get("reeleKostprijsHv"), pct.get("cao"), pct.get("doordecentralisatieBw"), pct.get("extramuralisering"),
                pct.get("jongerenDagbesteding"));
        Map<String, String> velden = new HashMap<>(Map.of("naam", "scenario:naam", "omschrijving", "scenario:omschrijving",
                "horizonJaren", "scenario:horizon"));
        for (String p : ScenarioInput.PERCENTAGES) {
            velden.put(p, "scenario:" + p);
        }
        ScenarioView s = errors.call(() -> bewerkId == null ? scenarios.create(in) : scenarios.update(bewerkId, versie, in),
                velden);
        if (s != null) {
            errors.info(texts.get("wh.scenario.opgeslagen", s.naam()));
            bewerken = false;
            load();
        }
    }

    public void annuleer() {
        bewerken = false;
    }

    public void vraagRunAan() {
        RunView r = errors.call(() -> runs.vraagAan(List.of()), Map.of());
        if (r != null) {
            errors.info(texts.get("wh.run.aangevraagd", r.id()));
        }
        load();
    }

    public List<ScenarioView> getLijst() { return lijst; }
    public List<RunView> getRunLijst() { return runLijst; }
    public RunView getLaatste() { return laatste; }
    public boolean isBewerken() { return bewerken; }
    public Long getBewerkId() { return bewerkId; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public boolean isActief() { return actief; }
    public void setActief(boolean actief) { this.actief = actief; }
    public Integer getHorizonJaren() { return horizonJaren; }
    public void setHorizonJaren(Integer horizonJaren) { this.horizonJaren = horizonJaren; }
    public Map<String, BigDecimal> getPct() { return pct; }
    public String[] getPercentageVelden() { return ScenarioInput.PERCENTAGES; }
}
