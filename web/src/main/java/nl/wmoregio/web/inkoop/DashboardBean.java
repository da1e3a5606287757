package nl.wmoregio.web.inkoop;

import nl.wmoregio.web.platform.faces.ScriptJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.wmoregio.inkoop.boundary.Dashboard;
import nl.wmoregio.inkoop.boundary.DashboardService;
import nl.wmoregio.web.platform.faces.FacesErrors;

/** The region's contracting dashboard: figures, two charts and the same numbers as tables. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    /** Distinguishable colours with enough contrast against white. */
    private static final String[] KLEUREN = {"#154273", "#1e6b2e", "#a4262c", "#8a5a00", "#5b2c83", "#00607a"};

    @Inject
    DashboardService service;

    @Inject
    FacesErrors errors;

    private Integer jaar;
    private Dashboard dashboard;
    private List<Integer> jaren;
    /** gemeente -> product group -> clients, and the product groups: derived once per load, read per table cell. */
    private Map<String, Map<String, Long>> perGemeente = Map.of();
    private List<String> productgroepen = List.of();

    public void load() {
        int laatste = service.laatsteJaar();
        if (jaar == null) {
            jaar = laatste;
        }
        jaren = IntStream.rangeClosed(2020, Math.max(laatste, 2020) + 1).boxed().sorted((a, b) -> b - a).toList();
        dashboard = errors.call(() -> service.voor(jaar), Map.of("jaar", "dashboard:jaar"));
        perGemeente = new TreeMap<>();
        if (dashboard != null) {
            for (Dashboard.GemeenteProductgroep r : dashboard.clientenPerGemeenteEnProductgroep()) {
                perGemeente.computeIfAbsent(r.gemeente(), k -> new TreeMap<>()).put(r.productgroep(), r.clienten());
            }
            productgroepen = new ArrayList<>(new TreeSet<>(dashboard.clientenPerGemeenteEnProductgroep().stream()
                    .map(Dashboard.GemeenteProductgroep::productgroep).toList()));
        }
    }

    public List<Integer> getJaren() {
        return jaren;
    }

    /** Chart.js configuration: clients of the 10 largest providers. */
    public String getTop10Grafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        dashboard.top10().forEach(a -> {
            labels.add(a.naam());
            data.add(a.clienten());
        });
        return ScriptJson.inScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "Cliënten").add("data", data).add("backgroundColor", KLEUREN[0]))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build());
    }

    /** Chart.js configuration: clients per product group per gemeente, stacked. */
    public String getGemeenteGrafiek() {
        Map<String, Map<String, Long>> pivot = getPerGemeente();
        List<String> gemeenten = new ArrayList<>(pivot.keySet());
        List<String> groepen = getProductgroepen();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int g = 0; g < groepen.size(); g++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String gemeente : gemeenten) {
                data.add(pivot.get(gemeente).getOrDefault(groepen.get(g), 0L));
            }
            datasets.add(Json.createObjectBuilder().add("label", groepen.get(g)).add("data", data)
                    .add("backgroundColor", KLEUREN[g % KLEUREN.length]));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        gemeenten.forEach(labels::add);
        return ScriptJson.inScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build());
    }

    public Map<String, Map<String, Long>> getPerGemeente() {
        return perGemeente;
    }

    public List<String> getGemeenten() {
        return new ArrayList<>(perGemeente.keySet());
    }

    public List<String> getProductgroepen() {
        return productgroepen;
    }

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Dashboard getDashboard() { return dashboard; }
}
