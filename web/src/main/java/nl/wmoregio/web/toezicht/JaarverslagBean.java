package nl.wmoregio.web.toezicht;

import nl.wmoregio.web.platform.faces.ScriptJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toezicht.boundary.Jaarverslag;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** The annual toezicht figures per year and gemeente, with a bar chart of meldingen per kind. */
@Named
@ViewScoped
public class JaarverslagBean implements Serializable {

    @Inject
    ToezichtService service;
    @Inject
    GemeenteService gemeenteService;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    /** Opens on the last full year: the latest year a year report has data for (issue 14). */
    private Integer jaar = nl.wmoregio.shared.Wereld.nu().laatsteVolleJaar();
    private Long gemeenteId;
    private Jaarverslag verslag;
    private List<GemeenteView> gemeenten;

    public void load() {
        if (verslag == null) {
            tonen();
        }
    }

    public void tonen() {
        verslag = errors.call(() -> service.jaarverslag(jaar == null ? 0 : jaar, gemeenteId), Map.of("jaar", "jaarverslag:jaar"));
    }

    public String getGrafiek() {
        if (verslag == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        verslag.meldingenPerSoort().forEach((soort, aantal) -> {
            labels.add(texts.get("soort." + soort));
            data.add(aantal);
        });
        return ScriptJson.inScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", texts.get("jaarverslag.meldingen")).add("data", data).add("backgroundColor", "#1f5c99"))))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build());
    }

    public List<GemeenteView> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = gemeenteService.zoek(new GemeenteFilter(null, null), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items();
        }
        return gemeenten;
    }

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
    public Jaarverslag getVerslag() { return verslag; }
}
