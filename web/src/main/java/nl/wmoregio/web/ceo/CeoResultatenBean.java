package nl.wmoregio.web.ceo;

import nl.wmoregio.web.platform.faces.ScriptJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoregio.ceo.boundary.CeoResultaat;
import nl.wmoregio.ceo.boundary.CeoService;
import nl.wmoregio.web.platform.faces.FacesErrors;

/**
 * CEO results: the gemeenten side by side for one year (table and chart for one question), the
 * years side by side for one gemeente, and the breakdown by product group or provider.
 */
@Named
@ViewScoped
public class CeoResultatenBean implements Serializable {

    private static final String[] KLEUREN = {"#154273", "#1e6b2e", "#a4262c", "#8a5a00", "#5b2c83", "#00607a"};

    @Inject
    CeoService service;

    @Inject
    FacesErrors errors;

    private Integer jaar;
    private String vraag = "V06";
    private String gemeente;
    private String naar = "PRODUCTGROEP";
    private List<Integer> jaren = List.of();
    /** question code -> gemeente name -> figure, for the year. */
    private Map<String, Map<String, CeoResultaat>> perVraag = new LinkedHashMap<>();
    private List<String> gemeenten = List.of();
    private Map<String, String> gemeenteCodes = new TreeMap<>();
    /** question code -> year -> figure, for the chosen gemeente. */
    private Map<String, Map<Integer, CeoResultaat>> perJaar = new LinkedHashMap<>();
    private List<CeoResultaat> uitsplitsing = List.of();
    private Map<String, String> vraagTeksten = new LinkedHashMap<>();

    public void load() {
        jaren = errors.call(service::jaren, Map.of());
        if (jaren == null || jaren.isEmpty()) {
            jaren = List.of();
            return;
        }
        if (jaar == null || !jaren.contains(jaar)) {
            jaar = jaren.get(0);
        }
        List<CeoResultaat> jaarResultaten = errors.call(() -> service.resultaten(null, jaar), Map.of());
        perVraag = new LinkedHashMap<>();
        gemeenteCodes = new TreeMap<>();
        vraagTeksten = new LinkedHashMap<>();
        if (jaarResultaten != null) {
            for (CeoResultaat r : jaarResultaten) {
                perVraag.computeIfAbsent(r.vraagCode(), k -> new LinkedHashMap<>()).put(r.gemeenteNaam(), r);
                gemeenteCodes.put(r.gemeenteNaam(), r.gemeenteCbsCode());
                vraagTeksten.putIfAbsent(r.vraagCode(), r.vraagNummer() + ". " + r.vraagTekst());
            }
        }
        gemeenten = new ArrayList<>(gemeenteCodes.keySet());
        if (gemeente == null || !gemeenteCodes.containsValue(gemeente)) {
            gemeente = gemeenteCodes.isEmpty() ? null : gemeenteCodes.values().iterator().next();
        }
        perJaar = new LinkedHashMap<>();
        uitsplitsing = List.of();
        if (gemeente != null) {
            List<CeoResultaat> alle = errors.call(() -> service.resultaten(gemeente, null), Map.of());
            if (alle != null) {
                for (CeoResultaat r : alle) {
                    perJaar.computeIfAbsent(r.vraagCode(), k -> new TreeMap<>()).put(r.jaar(), r);
                }
            }
            List<CeoResultaat> cellen = errors.call(() -> service.uitsplitsing(gemeente, jaar, naar), Map.of("naar", "filter:naar"));
            uitsplitsing = cellen == null ? List.of() : cellen.stream().filter(c -> c.vraagCode().equals(vraag)).toList();
        }
    }

    public List<Integer> getJarenVanGemeente() {
        return perJaar.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    /** Chart.js configuration: the chosen question, % (helemaal) eens per gemeente. */
    public String getGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        Map<String, CeoResultaat> rij = perVraag.getOrDefault(vraag, Map.of());
        for (String g : gemeenten) {
            labels.add(g);
            CeoResultaat r = rij.get(g);
            if (r == null || r.percentage() == null) {
                data.addNull();
            } else {
                data.add(r.percentage());
            }
        }
        return ScriptJson.inScript(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "% (helemaal) eens").add("data", data).add("backgroundColor", KLEUREN[0]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build());
    }

    /** Chart.js configuration: the chosen question over the years for the chosen gemeente. */
    public String getJarenGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        Map<Integer, CeoResultaat> rij = perJaar.getOrDefault(vraag, Map.of());
        for (Integer j : getJarenVanGemeente()) {
            labels.add(String.valueOf(j));
            CeoResultaat r = rij.get(j);
            if (r == null || r.percentage() == null) {
                data.addNull();
            } else {
                data.add(r.percentage());
            }
        }
        return ScriptJson.inScript(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "% (helemaal) eens").add("data", data)
                                .add("borderColor", KLEUREN[1]).add("backgroundColor", KLEUREN[1]))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build());
    }

    public List<String> getVragen() { return new ArrayList<>(perVraag.keySet()); }
    public Map<String, String> getVraagTeksten() { return vraagTeksten; }
    public Map<String, Map<String, CeoResultaat>> getPerVraag() { return perVraag; }
    public Map<String, Map<Integer, CeoResultaat>> getPerJaar() { return perJaar; }
    public List<String> getGemeenten() { return gemeenten; }
    public Map<String, String> getGemeenteCodes() { return gemeenteCodes; }
    public List<CeoResultaat> getUitsplitsing() { return uitsplitsing; }
    public List<Integer> getJaren() { return jaren; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public String getVraag() { return vraag; }
    public void setVraag(String vraag) { this.vraag = vraag; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public String getNaar() { return naar; }
    public void setNaar(String naar) { this.naar = naar; }
}
