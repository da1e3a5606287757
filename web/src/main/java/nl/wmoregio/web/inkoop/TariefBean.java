package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.TariefInput;
import nl.wmoregio.inkoop.boundary.TariefView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** One tariff: its figures, changing amount and indexation (INKOOP; was REST only) and its history. */
@Named
@ViewScoped
public class TariefBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "bedragCent", "wijzig:bedrag",
            "indexatiePct", "wijzig:indexatie");

    @Inject
    CatalogusService service;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private Long id;
    private TariefView tarief;
    private BigDecimal bedrag;
    private BigDecimal indexatie;

    public void load() {
        if (id == null) {
            return;
        }
        TariefView t = errors.call(() -> service.tarief(id), Map.of());
        if (t != null) {
            toon(t);
        }
    }

    private void toon(TariefView t) {
        tarief = t;
        bedrag = BigDecimal.valueOf(t.bedragCent(), 2);
        indexatie = t.indexatiePct();
    }

    public void opslaan() {
        Long cent = bedrag == null ? null : bedrag.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        BigDecimal pct = indexatie == null ? null : indexatie.setScale(2, RoundingMode.HALF_UP);
        TariefView saved = errors.call(() -> service.updateTarief(id, tarief.version(),
                new TariefInput(tarief.productCode(), tarief.categorie(), tarief.jaar(), cent, pct)), VELDEN);
        if (saved != null) {
            toon(saved);
            errors.info(texts.get("tarief.gewijzigd", saved.productCode(), Integer.toString(saved.jaar())));
        }
    }

    public String getBedragTekst() {
        return tarief == null ? "" : Bedragen.euro(tarief.bedragCent());
    }

    public String getIndexatieTekst() {
        return tarief == null ? "" : Bedragen.procent(tarief.indexatiePct());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TariefView getTarief() { return tarief; }
    public BigDecimal getBedrag() { return bedrag; }
    public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
    public BigDecimal getIndexatie() { return indexatie; }
    public void setIndexatie(BigDecimal indexatie) { this.indexatie = indexatie; }
}
