package nl.wmoregio.web.kwaliteit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoregio.kwaliteit.boundary.BeoordelingView;
import nl.wmoregio.kwaliteit.boundary.KwaliteitService;
import nl.wmoregio.kwaliteit.boundary.ScoreInput;
import nl.wmoregio.kwaliteit.boundary.ScoreRegel;
import nl.wmoregio.kwaliteit.boundary.ScoreView;
import nl.wmoregio.kwaliteit.boundary.VerbeteringInput;
import nl.wmoregio.kwaliteit.boundary.VerbeteringView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** The scoring form of one provider in one round, saved with the version shown (optimistic lock). */
@Named
@ViewScoped
public class KwBeoordelingBean implements Serializable {

    @Inject
    KwaliteitService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private Long ronde;
    private Long aanbieder;
    private BeoordelingView beoordeling;
    private List<Rij> rijen = new ArrayList<>();
    private String leerpunten;
    private String verbetering;
    private LocalDate deadline;

    /** One editable score line. */
    public static class Rij implements Serializable {
        private final ScoreView indicator;
        private Integer score;
        private String onderbouwing;

        Rij(ScoreView indicator) {
            this.indicator = indicator;
            this.score = indicator.score();
            this.onderbouwing = indicator.onderbouwing();
        }

        public ScoreView getIndicator() { return indicator; }
        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
        public String getOnderbouwing() { return onderbouwing; }
        public void setOnderbouwing(String onderbouwing) { this.onderbouwing = onderbouwing; }

        public List<Integer> getSchaal() {
            List<Integer> schaal = new ArrayList<>();
            for (int i = indicator.schaalMin(); i <= indicator.schaalMax(); i++) {
                schaal.add(i);
            }
            return schaal;
        }
    }

    public void load() {
        if (ronde == null || aanbieder == null) {
            return;
        }
        zet(errors.call(() -> service.beoordeling(ronde, aanbieder), Map.of()));
    }

    private void zet(BeoordelingView b) {
        beoordeling = b;
        if (b != null) {
            rijen = new ArrayList<>(b.scores().stream().map(Rij::new).toList());
            leerpunten = b.leerpunten();
        }
    }

    public void opslaan() {
        List<ScoreRegel> regels = rijen.stream().map(r -> new ScoreRegel(r.indicator.code(), r.score, r.onderbouwing)).toList();
        BeoordelingView b = errors.call(() -> service.scoor(ronde, aanbieder, new ScoreInput(leerpunten, regels), beoordeling.version()),
                Map.of("leerpunten", "score:leerpunten"));
        if (b != null) {
            zet(b);
            errors.info(texts.get("kw.score.opgeslagen", b.gescoord(), b.onderNorm()));
        }
    }

    public void spreekAf() {
        VerbeteringView v = errors.call(() -> service.spreekVerbeteringAf(ronde, aanbieder, new VerbeteringInput(verbetering, deadline)),
                Map.of("omschrijving", "verbetering:omschrijving", "deadline", "verbetering:deadline"));
        if (v != null) {
            verbetering = null;
            deadline = null;
            zet(service.beoordeling(ronde, aanbieder));
            errors.info(texts.get("kw.verbetering.afgesproken"));
        }
    }

    public void rondAf(VerbeteringView v) {
        if (errors.call(() -> service.rondVerbeteringAf(v.id(), v.version()), Map.of()) != null) {
            zet(service.beoordeling(ronde, aanbieder));
        }
    }

    public Long getRonde() { return ronde; }
    public void setRonde(Long ronde) { this.ronde = ronde; }
    public Long getAanbieder() { return aanbieder; }
    public void setAanbieder(Long aanbieder) { this.aanbieder = aanbieder; }
    public BeoordelingView getBeoordeling() { return beoordeling; }
    public List<Rij> getRijen() { return rijen; }
    public String getLeerpunten() { return leerpunten; }
    public void setLeerpunten(String leerpunten) { this.leerpunten = leerpunten; }
    public String getVerbetering() { return verbetering; }
    public void setVerbetering(String verbetering) { this.verbetering = verbetering; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
