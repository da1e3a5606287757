package nl.wmoregio.web.warehouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** The scenarios of the next run: ALLE (all active) or SELECTIE (runScenarioIds). */
    private String runKeuze = "ALLE";
    private List<String> runScenarioIds = new ArrayList<>();
    private Boolean startAutomatisch;
    private BigDecimal capaciteitGroei;
    private boolean vergrijzingPrognose;

    /** The phases of a run in the order the job goes through them (wh_run.fase). */
    static final List<String> FASEN = List.of("EXTRACT", "TRANSFORM", "SCENARIO", "LOAD");

    public record Fase(String code, String status, Long duurMs) {
    }

    public void load() {
        lijst = scenarios.lijst();
        ververs();
    }

    /** Runs only: what the poll refreshes while a run is requested or busy. */
    public void ververs() {
        runLijst = runs.lijst(10);
        laatste = runLijst.isEmpty() ? null : runs.get(runLijst.get(0).id());
    }

    /** The latest run is still waiting or running: the page polls. */
    public boolean isLoopt() {
        return laatste != null && ("AANGEVRAAGD".equals(laatste.status()) || "BEZIG".equals(laatste.status()));
    }

    public boolean isStartAutomatisch() {
        if (startAutomatisch == null) {
            startAutomatisch = runs.startAutomatisch();
        }
        return startAutomatisch;
    }

    /** Progress of the latest run per phase: klaar, bezig, wacht, mislukt or overgeslagen. */
    public List<Fase> getFasen() {
        return fasen(laatste);
    }

    static List<Fase> fasen(RunView r) {
        List<Fase> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        int huidig = r.fase() == null ? -1 : FASEN.indexOf(r.fase());
        for (int i = 0; i < FASEN.size(); i++) {
            String status = switch (r.status()) {
                case "KLAAR" -> "klaar";
                case "BEZIG" -> i < huidig ? "klaar" : i == huidig ? "bezig" : "wacht";
                case "MISLUKT" -> i < huidig ? "klaar" : i == huidig ? "mislukt" : "overgeslagen";
                default -> "wacht";
            };
            Long duur = switch (FASEN.get(i)) {
                case "EXTRACT" -> r.duurExtractMs();
                case "TRANSFORM" -> r.duurTransformMs();
                case "LOAD" -> r.duurLoadMs();
                default -> null;
            };
            out.add(new Fase(FASEN.get(i), status, "klaar".equals(status) ? duur : null));
        }
        return out;
    }

    /** The scenarios of the latest run by name, or null for all active ones. */
    public String getLaatsteScenarios() {
        if (laatste == null || laatste.scenarioIds() == null || laatste.scenarioIds().isBlank()) {
            return null;
        }
        Map<String, String> namen = new HashMap<>();
        lijst.forEach(s -> namen.put(String.valueOf(s.id()), s.naam()));
        return java.util.Arrays.stream(laatste.scenarioIds().split(",")).map(String::strip)
                .map(id -> namen.getOrDefault(id, "#" + id)).collect(java.util.stream.Collectors.joining(", "));
    }

    public void nieuw() {
        bewerkId = null;
        versie = 0;
        naam = null;
        omschrijving = null;
        actief = true;
        horizonJaren = 5;
        pct.clear();
        capaciteitGroei = null;
        vergrijzingPrognose = false;
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
            s.reeleKostprijsHv(), s.cao(), s.doordecentralisatieBw(), s.extramuralisering(), s.jongerenDagbesteding(),
            s.verdeelmodelIngroei(), s.verdeelmodelRegio(), s.wlzUitstroomBw(), s.wlzKortingBw(), s.extraVraag(),
            s.resultaatUren()};
        capaciteitGroei = s.capaciteitGroei();
        vergrijzingPrognose = s.vergrijzingPrognose();
        for (int i = 0; i < w.length; i++) {
            pct.put(ScenarioInput.PERCENTAGES[i], w[i]);
        }
        bewerken = true;
    }

    public void opslaan() {
        ScenarioInput in = new ScenarioInput(naam, omschrijving, actief, horizonJaren, pct.get("groei18tot64"),
                pct.get("groei65tot74"), pct.get("groei75tot84"), pct.get("groei85plus"), pct.get("abonnementHv"),
                pct.get("reeleKostprijsHv"), pct.get("cao"), pct.get("doordecentralisatieBw"), pct.get("extramuralisering"),
                pct.get("jongerenDagbesteding"), pct.get("verdeelmodelIngroei"), pct.get("verdeelmodelRegio"),
                pct.get("wlzUitstroomBw"), pct.get("wlzKortingBw"), pct.get("extraVraag"), pct.get("resultaatUren"),
                capaciteitGroei, vergrijzingPrognose);
        Map<String, String> velden = new HashMap<>(Map.of("naam", "scenario:naam", "omschrijving", "scenario:omschrijving",
                "horizonJaren", "scenario:horizon"));
        for (String p : ScenarioInput.PERCENTAGES) {
            velden.put(p, "scenario:" + p);
        }
        velden.put("capaciteitGroei", "scenario:capaciteitGroei");
        ScenarioView s = errors.call(() -> bewerkId == null ? scenarios.create(in) : scenarios.update(bewerkId, versie, in),
                velden);
        if (s != null) {
            errors.info(texts.get("wh.scenario.opgeslagen", s.naam()));
            bewerken = false;
            load();
        }
    }

    /** Copies a scenario (a template of a named risk) and opens the copy for editing. */
    public void kopieer(long id) {
        ScenarioView s = errors.call(() -> scenarios.kopieer(id), Map.of());
        if (s != null) {
            errors.info(texts.get("wh.scenario.gekopieerd", s.naam()));
            load();
            bewerk(s.id());
        }
    }

    public BigDecimal getCapaciteitGroei() { return capaciteitGroei; }
    public void setCapaciteitGroei(BigDecimal capaciteitGroei) { this.capaciteitGroei = capaciteitGroei; }
    public boolean isVergrijzingPrognose() { return vergrijzingPrognose; }
    public void setVergrijzingPrognose(boolean vergrijzingPrognose) { this.vergrijzingPrognose = vergrijzingPrognose; }

    public void annuleer() {
        bewerken = false;
    }

    public void vraagRunAan() {
        List<Long> ids = new ArrayList<>();
        if ("SELECTIE".equals(runKeuze)) {
            runScenarioIds.forEach(id -> ids.add(Long.valueOf(id)));
            if (ids.isEmpty()) {
                errors.error("runAanvraag:runScenarios", texts.get("runs.keuze.verplicht"));
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        RunView r = errors.call(() -> runs.vraagAan(ids), Map.of("scenarioIds", "runAanvraag:runScenarios"));
        if (r != null) {
            errors.info(texts.get("wh.run.aangevraagd", r.id()));
        }
        ververs();
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
    /** The checkbox value of a scenario: its id as text, the type the selection holds (Faces checks the submitted value against it). */
    public String waarde(ScenarioView s) { return String.valueOf(s.id()); }
    public String getRunKeuze() { return runKeuze; }
    public void setRunKeuze(String runKeuze) { this.runKeuze = "SELECTIE".equals(runKeuze) ? "SELECTIE" : "ALLE"; }
    public List<String> getRunScenarioIds() { return runScenarioIds; }
    public void setRunScenarioIds(List<String> runScenarioIds) {
        this.runScenarioIds = runScenarioIds == null ? new ArrayList<>() : new ArrayList<>(runScenarioIds);
    }
}
