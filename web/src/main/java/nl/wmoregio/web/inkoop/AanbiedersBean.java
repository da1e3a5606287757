package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The providers list: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class AanbiedersBean implements Serializable {

    @Inject
    AanbiederService service;

    private String zoekterm;
    private boolean alleenGecontracteerd;

    private final LazyDataModel<AanbiederView> model = new BoundaryDataModel<>(page -> service.zoek(filter(), page), AanbiederView::id);

    private AanbiederFilter filter() {
        return new AanbiederFilter(zoekterm, null, alleenGecontracteerd ? Boolean.TRUE : null);
    }

    public LazyDataModel<AanbiederView> getModel() { return model; }
    public String getZoekterm() { return zoekterm; }
    public void setZoekterm(String zoekterm) { this.zoekterm = zoekterm; }
    public boolean isAlleenGecontracteerd() { return alleenGecontracteerd; }
    public void setAlleenGecontracteerd(boolean alleenGecontracteerd) { this.alleenGecontracteerd = alleenGecontracteerd; }
}
