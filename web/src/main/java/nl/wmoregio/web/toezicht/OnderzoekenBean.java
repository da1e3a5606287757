package nl.wmoregio.web.toezicht;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekInput;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.toezicht.boundary.OnderzoekStatus;
import nl.wmoregio.toezicht.boundary.OnderzoekType;
import nl.wmoregio.toezicht.boundary.OnderzoekView;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import nl.wmoregio.web.platform.faces.FacesErrors;
import org.primefaces.model.LazyDataModel;

/**
 * The onderzoeken list (filter by provider picker and status, paged in the database) and starting
 * a proactive onderzoek (not from a melding; TOEZICHTHOUDER, for the own organisation). Both were
 * REST only.
 */
@Named
@ViewScoped
public class OnderzoekenBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "type", "nieuw:type",
            "aanbiederId", "nieuw:aanbieder",
            "scope", "nieuw:scope",
            "geplandVan", "nieuw:geplandVan",
            "geplandTot", "nieuw:geplandTot",
            "organisatie", "nieuw:type");

    @Inject
    OnderzoekService service;
    @Inject
    FacesErrors errors;

    private AanbiederView aanbieder;
    private String status;

    private String type = OnderzoekType.PROACTIEF_KWALITEIT.name();
    private AanbiederView nieuwAanbieder;
    private String scope;
    private LocalDate geplandVan;
    private LocalDate geplandTot;

    private final LazyDataModel<OnderzoekView> model = new BoundaryDataModel<>(
            page -> service.zoek(aanbieder == null ? null : aanbieder.id(), status, page), OnderzoekView::id);

    public String start() {
        OnderzoekDetail d = errors.call(() -> service.maak(new OnderzoekInput(type, nieuwAanbieder == null ? null : nieuwAanbieder.id(),
                null, null, scope, geplandVan, geplandTot, null, null)), VELDEN);
        if (d == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/toezicht/onderzoek.xhtml?faces-redirect=true&id=" + d.onderzoek().id();
    }

    public List<String> getTypes() {
        return Arrays.stream(OnderzoekType.values()).map(Enum::name).filter(t -> !t.equals(OnderzoekType.CALAMITEITENONDERZOEK.name())).toList();
    }

    public List<String> getStatussen() {
        return Arrays.stream(OnderzoekStatus.values()).map(Enum::name).toList();
    }

    public LazyDataModel<OnderzoekView> getModel() { return model; }
    public AanbiederView getAanbieder() { return aanbieder; }
    public void setAanbieder(AanbiederView aanbieder) { this.aanbieder = aanbieder; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public AanbiederView getNieuwAanbieder() { return nieuwAanbieder; }
    public void setNieuwAanbieder(AanbiederView nieuwAanbieder) { this.nieuwAanbieder = nieuwAanbieder; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public LocalDate getGeplandVan() { return geplandVan; }
    public void setGeplandVan(LocalDate geplandVan) { this.geplandVan = geplandVan; }
    public LocalDate getGeplandTot() { return geplandTot; }
    public void setGeplandTot(LocalDate geplandTot) { this.geplandTot = geplandTot; }
}
