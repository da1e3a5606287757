package nl.wmoregio.web.kwaliteit;

import nl.wmoregio.web.platform.faces.ScriptJson;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toezicht.boundary.MeldingFilter;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.MeldingView;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;
import nl.wmoregio.kwaliteit.boundary.KwaliteitService;
import nl.wmoregio.kwaliteit.boundary.Trend;
import nl.wmoregio.web.platform.faces.FacesErrors;

/** A provider's trend over the rounds (comparable scores only) and its open improvements. */
@Named
@ViewScoped
public class KwTrendBean implements Serializable {

    private static final String[] KLEUREN = {"#154273", "#1e6b2e", "#a4262c", "#8a5a00", "#5b2c83", "#00607a", "#4d4d4d", "#0b5394"};

    @Inject
    KwaliteitService service;

    @Inject
    FacesErrors errors;

    @Inject
    MeldingService meldingen;

    private Long aanbieder;
    private Trend trend;
    private Page<MeldingView> signalen;

    public void load() {
        if (aanbieder != null) {
            trend = errors.call(() -> service.trend(aanbieder), Map.of());
            // The toezicht signals about this provider lie beside its monitoring scores (newest first).
            signalen = errors.call(() -> meldingen.zoek(new MeldingFilter(null, null, null, aanbieder, null, null, null),
                    new PageRequest(0, 10, "melddatum", false)), Map.of());
        }
    }

    public Page<MeldingView> getSignalen() {
        return signalen;
    }

    /** Chart.js line chart: one line per indicator; gaps where a round is not comparable. */
    public String getGrafiek() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.rondes().forEach(r -> labels.add(r.naam()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < trend.reeksen().size(); i++) {
            Trend.Reeks reeks = trend.reeksen().get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            reeks.scores().forEach(s -> {
                if (s == null) {
                    data.addNull();
                } else {
                    data.add(s);
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", reeks.code()).add("data", data)
                    .add("borderColor", KLEUREN[i % KLEUREN.length]).add("backgroundColor", KLEUREN[i % KLEUREN.length]));
        }
        return ScriptJson.inScript(Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0))))
                .build());
    }

    public Long getAanbieder() { return aanbieder; }
    public void setAanbieder(Long aanbieder) { this.aanbieder = aanbieder; }
    public Trend getTrend() { return trend; }
}
