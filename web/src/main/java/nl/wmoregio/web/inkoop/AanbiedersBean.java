package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The providers list: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class AanbiedersBean implements Serializable {

    @Inject
    AanbiederService service;

    private String zoekterm;
    private boolean alleenGecontracteerd;

    private final LazyDataModel<AanbiederView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.zoek(filter(), new PageRequest(0, 1, null, true)).total();
        }

        @Override
        public List<AanbiederView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.zoek(filter(), Paging.page(first, pageSize, sortBy)).items();
        }

        @Override
        public String getRowKey(AanbiederView aanbieder) {
            return Long.toString(aanbieder.id());
        }

        @Override
        public AanbiederView getRowData(String rowKey) {
            return null;
        }
    };

    private AanbiederFilter filter() {
        return new AanbiederFilter(zoekterm, null, alleenGecontracteerd ? Boolean.TRUE : null);
    }

    public LazyDataModel<AanbiederView> getModel() { return model; }
    public String getZoekterm() { return zoekterm; }
    public void setZoekterm(String zoekterm) { this.zoekterm = zoekterm; }
    public boolean isAlleenGecontracteerd() { return alleenGecontracteerd; }
    public void setAlleenGecontracteerd(boolean alleenGecontracteerd) { this.alleenGecontracteerd = alleenGecontracteerd; }

    /** From PrimeFaces' lazy-load arguments to the boundary's page request. */
    static final class Paging {
        private Paging() {
        }

        static PageRequest page(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            return new PageRequest(first / size, size, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }
    }
}
