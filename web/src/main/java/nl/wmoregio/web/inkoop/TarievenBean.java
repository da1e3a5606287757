package nl.wmoregio.web.inkoop;

import nl.wmoregio.web.platform.faces.Texts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.IndexatieInput;
import nl.wmoregio.inkoop.boundary.IndexatieResultaat;
import nl.wmoregio.inkoop.boundary.ProductView;
import nl.wmoregio.inkoop.boundary.TariefInput;
import nl.wmoregio.inkoop.boundary.TariefView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The tariff table (paged, sorted, filtered in the database) and, for inkoop, adding a tariff. */
@Named
@ViewScoped
public class TarievenBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "productCode", "tarief:product",
            "categorie", "tarief:categorie",
            "jaar", "tarief:jaar",
            "bedragCent", "tarief:bedrag",
            "indexatiePct", "tarief:indexatie");

    @Inject
    CatalogusService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private String productCode;
    private Integer jaar;
    private List<ProductView> producten;

    private String nieuwProduct;
    private String nieuwCategorie;
    private Integer nieuwJaar;
    private BigDecimal nieuwBedrag;
    private BigDecimal nieuwIndexatie;

    private static final Map<String, String> INDEX_VELDEN = Map.of(
            "productCode", "indexatie:product",
            "jaar", "indexatie:jaar",
            "indexatiePct", "indexatie:pct");

    private String indexProduct;
    private Integer indexJaar;
    private BigDecimal indexPct;

    private final LazyDataModel<TariefView> model = new BoundaryDataModel<>(page -> service.tarieven(productCode, jaar, page), TariefView::id);

    public void voegToe() {
        Long cent = nieuwBedrag == null ? null : nieuwBedrag.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        BigDecimal indexatie = nieuwIndexatie == null ? null : nieuwIndexatie.setScale(2, java.math.RoundingMode.HALF_UP);
        TariefInput input = new TariefInput(nieuwProduct, nieuwCategorie, nieuwJaar, cent, indexatie);
        TariefView saved = errors.call(() -> service.createTarief(input), VELDEN);
        if (saved != null) {
            errors.info(texts.get("tarief.toegevoegd", saved.productCode(), Integer.toString(saved.jaar())));
            nieuwCategorie = null;
            nieuwBedrag = null;
            nieuwIndexatie = null;
        }
    }

    /** Issue 13 rule 6: index the tariffs of one year into the next (all products or one). */
    public void indexeer() {
        BigDecimal pct = indexPct == null ? null : indexPct.setScale(2, java.math.RoundingMode.HALF_UP);
        IndexatieResultaat r = errors.call(() -> service.indexeer(new IndexatieInput(indexJaar, pct, indexProduct)), INDEX_VELDEN);
        if (r != null) {
            errors.info(texts.get("tarief.indexatie.gedaan", Integer.toString(r.vanJaar()), Integer.toString(r.naarJaar()),
                    Bedragen.procent(r.indexatiePct()), Integer.toString(r.aangemaakt()), Integer.toString(r.bijgewerkt()),
                    r.overgeslagen().isEmpty() ? "-" : String.join(", ", r.overgeslagen())));
        }
    }

    public String getIndexProduct() { return indexProduct; }
    public void setIndexProduct(String indexProduct) { this.indexProduct = indexProduct; }
    public Integer getIndexJaar() { return indexJaar; }
    public void setIndexJaar(Integer indexJaar) { this.indexJaar = indexJaar; }
    public BigDecimal getIndexPct() { return indexPct; }
    public void setIndexPct(BigDecimal indexPct) { this.indexPct = indexPct; }

    public List<ProductView> getProducten() {
        if (producten == null) {
            producten = service.producten();
        }
        return producten;
    }

    public String bedrag(TariefView tarief) { return Bedragen.euro(tarief.bedragCent()); }
    public String indexatie(TariefView tarief) { return Bedragen.procent(tarief.indexatiePct()); }

    public LazyDataModel<TariefView> getModel() { return model; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public String getNieuwProduct() { return nieuwProduct; }
    public void setNieuwProduct(String nieuwProduct) { this.nieuwProduct = nieuwProduct; }
    public String getNieuwCategorie() { return nieuwCategorie; }
    public void setNieuwCategorie(String nieuwCategorie) { this.nieuwCategorie = nieuwCategorie; }
    public Integer getNieuwJaar() { return nieuwJaar; }
    public void setNieuwJaar(Integer nieuwJaar) { this.nieuwJaar = nieuwJaar; }
    public BigDecimal getNieuwBedrag() { return nieuwBedrag; }
    public void setNieuwBedrag(BigDecimal nieuwBedrag) { this.nieuwBedrag = nieuwBedrag; }
    public BigDecimal getNieuwIndexatie() { return nieuwIndexatie; }
    public void setNieuwIndexatie(BigDecimal nieuwIndexatie) { this.nieuwIndexatie = nieuwIndexatie; }
}
