package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wmoregio.inkoop.boundary.ContractService;
import nl.wmoregio.inkoop.boundary.ContractView;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The contracts list: paged, sorted and filtered in the database; each row leads to its provider. */
@Named
@ViewScoped
public class ContractenBean implements Serializable {

    public static final List<String> STATUSSEN = List.of("ACTIEF", "OPGESCHORT", "BEEINDIGD");

    @Inject
    ContractService service;

    @Inject
    GemeenteService gemeenteService;

    private String zoekterm;
    private String status;
    private String productgroep;
    private List<ProductgroepView> productgroepen;

    private final LazyDataModel<ContractView> model = new BoundaryDataModel<>(page -> service.zoek(zoekterm, status, productgroep, page), ContractView::id);

    public List<ProductgroepView> getProductgroepen() {
        if (productgroepen == null) {
            productgroepen = gemeenteService.productgroepen();
        }
        return productgroepen;
    }

    public List<String> getStatussen() { return STATUSSEN; }
    public LazyDataModel<ContractView> getModel() { return model; }
    public String getZoekterm() { return zoekterm; }
    public void setZoekterm(String zoekterm) { this.zoekterm = zoekterm; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getProductgroep() { return productgroep; }
    public void setProductgroep(String productgroep) { this.productgroep = productgroep; }
}
