package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.ContractService;
import nl.wmoregio.inkoop.boundary.ContractView;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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

    private final LazyDataModel<ContractView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.zoek(zoekterm, status, productgroep, new PageRequest(0, 1, null, true)).total();
        }

        @Override
        public List<ContractView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.zoek(zoekterm, status, productgroep, AanbiedersBean.Paging.page(first, pageSize, sortBy)).items();
        }

        @Override
        public String getRowKey(ContractView contract) {
            return Long.toString(contract.id());
        }

        @Override
        public ContractView getRowData(String rowKey) {
            return null;
        }
    };

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
