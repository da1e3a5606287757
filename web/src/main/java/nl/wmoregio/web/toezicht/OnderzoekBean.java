package nl.wmoregio.web.toezicht;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoregio.toezicht.boundary.BevindingInput;
import nl.wmoregio.toezicht.boundary.DatumInput;
import nl.wmoregio.toezicht.boundary.MaatregelInput;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.NormRegel;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.toezicht.boundary.OpvolgingInput;
import nl.wmoregio.toezicht.boundary.ZienswijzeInput;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** An onderzoek: progress steps, findings per norm, measures with deadlines, zienswijze, timeline. */
@Named
@ViewScoped
public class OnderzoekBean implements Serializable {

    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("type", "maatregel:type"),
            Map.entry("omschrijving", "maatregel:omschrijving"), Map.entry("deadline", "maatregel:deadline"),
            Map.entry("redenOverslaan", "maatregel:redenOverslaan"),
            Map.entry("tekst", "zienswijze:tekst"), Map.entry("opvolging", "maatregelen:opvolging"));

    @Inject
    OnderzoekService service;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private Long id;
    private OnderzoekDetail detail;
    private final Map<Long, String> oordelen = new HashMap<>();
    private final Map<Long, String> onderbouwingen = new HashMap<>();
    private final Map<Long, String> opvolgingen = new HashMap<>();
    private String maatregelType;
    private String maatregelOmschrijving;
    private LocalDate maatregelDeadline;
    private String zienswijze;

    public void load() {
        if (id != null) {
            toon(errors.call(() -> service.get(id), Map.of()));
        }
    }

    private void toon(OnderzoekDetail d) {
        if (d == null) {
            return;
        }
        detail = d;
        for (NormRegel n : d.normen()) {
            oordelen.put(n.normId(), n.oordeel());
            onderbouwingen.put(n.normId(), n.onderbouwing());
        }
    }

    public void starten() { stap(() -> service.start(id, versie(), new DatumInput(null))); }
    public void concept() { stap(() -> service.stelConceptOp(id, versie(), new DatumInput(null))); }
    public void definitief() { stap(() -> service.maakDefinitief(id, versie())); }

    public void bevinding(long normId) {
        Map<String, String> velden = Map.of("oordeel", "bevindingen:tabel:" + rij(normId) + ":oordeel",
                "onderbouwing", "bevindingen:tabel:" + rij(normId) + ":onderbouwing");
        OnderzoekDetail d = errors.call(() -> service.legBevindingVast(id, versie(),
                new BevindingInput(normId, oordelen.get(normId), onderbouwingen.get(normId))), velden);
        if (d != null) {
            toon(d);
            errors.info(texts.get("zaak.opgeslagen"));
        }
    }

    private int rij(long normId) {
        for (int i = 0; i < detail.normen().size(); i++) {
            if (detail.normen().get(i).normId() == normId) {
                return i;
            }
        }
        return 0;
    }

    public void maatregel() {
        OnderzoekDetail d = errors.call(() -> service.voegMaatregelToe(id, versie(),
                new MaatregelInput(maatregelType, maatregelOmschrijving, maatregelDeadline, maatregelRedenOverslaan)), VELDEN);
        if (d != null) {
            toon(d);
            maatregelType = null;
            maatregelOmschrijving = null;
            maatregelDeadline = null;
            maatregelRedenOverslaan = null;
            errors.info(texts.get("zaak.opgeslagen"));
        }
    }

    public void rondAf(MaatregelView m) {
        MaatregelView af = errors.call(() -> service.rondMaatregelAf(m.id(), m.version(), new OpvolgingInput(opvolgingen.get(m.id()), null)),
                Map.of());
        if (af != null) {
            toon(service.get(id));
            errors.info(texts.get("zaak.opgeslagen"));
        }
    }

    public void legZienswijzeVast() {
        stap(() -> service.legZienswijzeVast(id, versie(), new ZienswijzeInput(zienswijze, null)));
    }

    private void stap(Supplier<OnderzoekDetail> actie) {
        OnderzoekDetail d = errors.call(actie, VELDEN);
        if (d != null) {
            toon(d);
            errors.info(texts.get("zaak.opgeslagen"));
        }
    }

    private long versie() {
        return detail.onderzoek().version();
    }

    public boolean mag(String actie) {
        return detail != null && detail.bewerkbaar() && detail.acties().contains(actie);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OnderzoekDetail getDetail() { return detail; }
    public Map<Long, String> getOordelen() { return oordelen; }
    public Map<Long, String> getOnderbouwingen() { return onderbouwingen; }
    public Map<Long, String> getOpvolgingen() { return opvolgingen; }
    public String getMaatregelType() { return maatregelType; }
    public void setMaatregelType(String maatregelType) { this.maatregelType = maatregelType; }
    public String getMaatregelOmschrijving() { return maatregelOmschrijving; }
    public void setMaatregelOmschrijving(String maatregelOmschrijving) { this.maatregelOmschrijving = maatregelOmschrijving; }
    private String maatregelRedenOverslaan;
    public String getMaatregelRedenOverslaan() { return maatregelRedenOverslaan; }
    public void setMaatregelRedenOverslaan(String v) { this.maatregelRedenOverslaan = v; }
    public LocalDate getMaatregelDeadline() { return maatregelDeadline; }
    public void setMaatregelDeadline(LocalDate maatregelDeadline) { this.maatregelDeadline = maatregelDeadline; }
    public String getZienswijze() { return zienswijze; }
    public void setZienswijze(String zienswijze) { this.zienswijze = zienswijze; }
}
