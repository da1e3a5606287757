package nl.wmoregio.web.warehouse;

import nl.wmoregio.web.platform.faces.ScriptJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.wmoregio.sturing.boundary.Sturing;
import nl.wmoregio.sturing.boundary.SturingService;

/**
 * The warehouse dashboard: filters, charts (Chart.js through p:chart) and the same numbers as
 * tables with CSV export. Reads the active run only.
 */
@Named
@ViewScoped
public class SturingBean implements Serializable {

    private static final String[] KLEUREN = {"#154273", "#1e6b2e", "#a4262c", "#8a5a00", "#5b2c83", "#00607a"};

    @Inject
    SturingService service;

    private Integer jaar;
    private Long gemeenteId;
    private String productgroep;
    private Long aanbiederId;
    /** "historisch" (default) or "huidig": figures of merged gemeenten under the gemeente they merged into. */
    private String indeling = "historisch";

    private Sturing.Keuzes keuzes;
    private List<Sturing.Maand> maanden = List.of();
    private List<Sturing.PerGroep> perGroep = List.of();
    private List<Sturing.Stroom> stromen = List.of();
    private List<Sturing.Aanbieder> aanbieders = List.of();
    private List<Sturing.Doorstroom> doorstroom = List.of();
    private List<Sturing.Projectie> projecties = List.of();
    private List<Sturing.Indicator> indicatoren = List.of();

    public void load() {
        keuzes = service.keuzes(indelingWaarde());
        if (gemeenteId != null && keuzes.gemeenten().stream().noneMatch(o -> o.waarde().equals(String.valueOf(gemeenteId)))) {
            gemeenteId = null; // e.g. a gemeente that merged, after switching to the current indeling
        }
        if (jaar == null && !keuzes.jaren().isEmpty()) {
            jaar = keuzes.jaren().get(0);
        }
        Sturing.Filter f = filter();
        maanden = service.maanden(f);
        perGroep = service.perProductgroep(f);
        stromen = service.stromen(f);
        aanbieders = service.aanbieders(f);
        doorstroom = service.doorstroom(f);
        projecties = service.projecties(f);
        indicatoren = service.indicatoren(f, 200);
    }

    Sturing.Filter filter() {
        return new Sturing.Filter(jaar, gemeenteId, productgroep == null || productgroep.isBlank() ? null : productgroep,
                aanbiederId, indelingWaarde());
    }

    Sturing.Indeling indelingWaarde() {
        return "huidig".equals(indeling) ? Sturing.Indeling.HUIDIG : Sturing.Indeling.HISTORISCH;
    }

    /** Query string for the CSV links (same filter). */
    public String getExportQuery() {
        StringBuilder sb = new StringBuilder();
        if (jaar != null) {
            sb.append("jaar=").append(jaar).append('&');
        }
        if (gemeenteId != null) {
            sb.append("gemeenteId=").append(gemeenteId).append('&');
        }
        if (productgroep != null && !productgroep.isBlank()) {
            sb.append("productgroep=").append(productgroep).append('&');
        }
        if (aanbiederId != null) {
            sb.append("aanbiederId=").append(aanbiederId).append('&');
        }
        if (indelingWaarde() == Sturing.Indeling.HUIDIG) {
            sb.append("indeling=huidig");
        }
        return sb.toString();
    }

    public boolean isLeeg() {
        return keuzes == null || keuzes.runId() == null;
    }

    private static String grafiek(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return ScriptJson.inScript(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options == null ? Json.createObjectBuilder() : options).build());
    }

    private static JsonObjectBuilder lijn(String label, JsonArrayBuilder data, String kleur, boolean streep) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", kleur)
                .add("backgroundColor", kleur).add("fill", false);
        if (streep) {
            b.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return b;
    }

    /** Costs (euro) and clients per month, two axes. */
    public String getKostenGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder kosten = Json.createArrayBuilder();
        JsonArrayBuilder clienten = Json.createArrayBuilder();
        for (Sturing.Maand m : maanden) {
            labels.add(m.jaar() + "-" + (m.maand() < 10 ? "0" : "") + m.maand());
            kosten.add(m.kostenCent() / 100);
            clienten.add(m.clienten());
        }
        JsonArrayBuilder ds = Json.createArrayBuilder()
                .add(lijn("Kosten (€)", kosten, KLEUREN[0], false).add("yAxisID", "y"))
                .add(lijn("Cliënten", clienten, KLEUREN[1], true).add("yAxisID", "y1"));
        return grafiek("line", labels, ds, Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("position", "left"))
                .add("y1", Json.createObjectBuilder().add("position", "right"))));
    }

    public String getPerGroepGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Sturing.PerGroep g : perGroep) {
            labels.add(g.productgroep());
            data.add(g.kostenPerClientCent() == null ? 0 : g.kostenPerClientCent() / 100);
        }
        return grafiek("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Kosten per cliënt (€)").add("data", data).add("backgroundColor", KLEUREN[0])), null);
    }

    public String getStroomGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder in = Json.createArrayBuilder();
        JsonArrayBuilder uit = Json.createArrayBuilder();
        for (Sturing.Stroom s : stromen) {
            labels.add(String.valueOf(s.jaar()));
            in.add(s.instroom());
            uit.add(s.uitstroom());
        }
        return grafiek("bar", labels, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", "Instroom").add("data", in).add("backgroundColor", KLEUREN[1]))
                .add(Json.createObjectBuilder().add("label", "Uitstroom").add("data", uit).add("backgroundColor", KLEUREN[2])),
                null);
    }

    /** Goals achieved (%) and cost per client (€) per provider side by side. */
    public String getAanbiederGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder doelen = Json.createArrayBuilder();
        JsonArrayBuilder kosten = Json.createArrayBuilder();
        aanbieders.stream().limit(15).forEach(a -> {
            labels.add(a.aanbieder());
            doelen.add(a.aandeelDoelenBehaald() == null ? 0 : a.aandeelDoelenBehaald().doubleValue() * 100);
            kosten.add(a.kostenPerClientCent() == null ? 0 : a.kostenPerClientCent() / 100);
        });
        return grafiek("bar", labels, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", "Doelen behaald (%)").add("data", doelen)
                        .add("backgroundColor", KLEUREN[1]).add("xAxisID", "x"))
                .add(Json.createObjectBuilder().add("label", "Kosten per cliënt (€)").add("data", kosten)
                        .add("backgroundColor", KLEUREN[0]).add("xAxisID", "x1")),
                Json.createObjectBuilder().add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("position", "top"))
                        .add("x1", Json.createObjectBuilder().add("position", "bottom"))));
    }

    /** Projections with low/high band per scenario, and the budget. */
    public String getProjectieGrafiek() {
        TreeSet<Integer> jaren = new TreeSet<>();
        Map<String, Map<Integer, Sturing.Projectie>> per = new LinkedHashMap<>();
        for (Sturing.Projectie p : projecties) {
            jaren.add(p.jaar());
            per.computeIfAbsent(p.scenario(), k -> new LinkedHashMap<>()).put(p.jaar(), p);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        jaren.forEach(j -> labels.add(String.valueOf(j)));
        JsonArrayBuilder ds = Json.createArrayBuilder();
        int k = 0;
        Map<Integer, Long> budget = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, Sturing.Projectie>> e : per.entrySet()) {
            String kleur = KLEUREN[k++ % KLEUREN.length];
            JsonArrayBuilder mid = Json.createArrayBuilder();
            JsonArrayBuilder laag = Json.createArrayBuilder();
            JsonArrayBuilder hoog = Json.createArrayBuilder();
            for (Integer j : jaren) {
                Sturing.Projectie p = e.getValue().get(j);
                if (p == null) {
                    mid.addNull();
                    laag.addNull();
                    hoog.addNull();
                } else {
                    mid.add(p.kostenCent() / 100);
                    laag.add(p.laagCent() / 100);
                    hoog.add(p.hoogCent() / 100);
                    if (p.budgetCent() != null) {
                        budget.put(j, p.budgetCent() / 100);
                    }
                }
            }
            ds.add(lijn(e.getKey(), mid, kleur, false));
            ds.add(lijn(e.getKey() + " laag", laag, kleur, true));
            ds.add(lijn(e.getKey() + " hoog", hoog, kleur, true));
        }
        if (!budget.isEmpty()) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            for (Integer j : jaren) {
                if (budget.containsKey(j)) {
                    b.add(budget.get(j));
                } else {
                    b.addNull();
                }
            }
            ds.add(lijn("Budget", b, "#000000", false));
        }
        return grafiek("line", labels, ds, null);
    }

    /** Doorstroom as a matrix: van -> naar -> count (all directions together). */
    public List<String> getMatrixGroepen() {
        TreeSet<String> g = new TreeSet<>();
        doorstroom.forEach(d -> {
            g.add(d.van());
            g.add(d.naar());
        });
        return new ArrayList<>(g);
    }

    public long matrix(String van, String naar) {
        return doorstroom.stream().filter(d -> d.van().equals(van) && d.naar().equals(naar))
                .mapToLong(Sturing.Doorstroom::aantal).sum();
    }

    public Sturing.Keuzes getKeuzes() { return keuzes; }
    public List<Sturing.Maand> getMaanden() { return maanden; }
    public List<Sturing.PerGroep> getPerGroep() { return perGroep; }
    public List<Sturing.Stroom> getStromen() { return stromen; }
    public List<Sturing.Aanbieder> getAanbieders() { return aanbieders; }
    public List<Sturing.Doorstroom> getDoorstroom() { return doorstroom; }
    public List<Sturing.Projectie> getProjecties() { return projecties; }
    public List<Sturing.Indicator> getIndicatoren() { return indicatoren; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
    public String getProductgroep() { return productgroep; }
    public void setProductgroep(String productgroep) { this.productgroep = productgroep; }
    public Long getAanbiederId() { return aanbiederId; }
    public String getIndeling() { return indeling; }
    public void setIndeling(String indeling) { this.indeling = "huidig".equals(indeling) ? "huidig" : "historisch"; }
    public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
}
