package nl.wmoregio.web.toegang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.wmoregio.toegang.boundary.GeneratorService;
import nl.wmoregio.toegang.boundary.GeneratorStatus;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** The beheer screen's generator button and its progress (polled). */
@Named
@RequestScoped
public class GeneratorBean {

    @Inject
    GeneratorService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private String preset = "klein";
    private Long seed = 42L;

    public void start() {
        GeneratorStatus status = errors.call(() -> service.start(preset, seed), Map.of("preset", "generator:preset"));
        if (status != null) {
            errors.info(texts.get("generator.gestart"));
        }
    }

    public GeneratorStatus getStatus() {
        return service.status();
    }

    public List<String> getPresets() { return List.of("klein", "demo", "region", "national"); }
    public String getPreset() { return preset; }
    public void setPreset(String preset) { this.preset = preset; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
}
