package nl.wmoregio.web.warehouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.wmoregio.sturing.boundary.Sturing;
import nl.wmoregio.sturing.boundary.SturingService;
import nl.wmoregio.web.platform.faces.FacesErrors;

/** Two runs whose results are kept, side by side (warehouse/vergelijk.xhtml, CONTROLLER). */
@Named
@ViewScoped
public class VergelijkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SturingService sturing;

    @Inject
    FacesErrors errors;

    private List<Long> runs = List.of();
    private Long a;
    private Long b;
    private Integer jaar;
    private List<Sturing.Vergelijking> rijen;

    public void load() {
        runs = sturing.runsMetResultaten();
        if (a == null && runs.size() > 1) {
            a = runs.get(1);
        }
        if (b == null && !runs.isEmpty()) {
            b = runs.get(0);
        }
        if (a != null && b != null && rijen == null) {
            toon();
        }
    }

    public void toon() {
        rijen = errors.call(() -> sturing.vergelijk(a == null ? -1 : a, b == null ? -1 : b, jaar, null),
                Map.of("a", "vergelijk:a", "b", "vergelijk:b"));
    }

    public String euro(Long cent) {
        return cent == null ? "" : "€ " + EuroBedrag.tekst(cent, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String pct(BigDecimal aandeel) {
        return aandeel == null ? "" : aandeel.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    public List<Long> getRuns() { return runs; }
    public Long getA() { return a; }
    public void setA(Long a) { this.a = a; }
    public Long getB() { return b; }
    public void setB(Long b) { this.b = b; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public List<Sturing.Vergelijking> getRijen() { return rijen; }
}
