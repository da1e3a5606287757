package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.ToetredingService;
import nl.wmoregio.inkoop.boundary.ToetredingView;
import nl.wmoregio.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The list of applications, by default those still under review. */
@Named
@ViewScoped
public class ToetredingenBean implements Serializable {

    @Inject
    ToetredingService service;

    private String status = "INGEDIEND";

    private final LazyDataModel<ToetredingView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.zoek(status, null, new PageRequest(0, 1, null, true)).total();
        }

        @Override
        public List<ToetredingView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return service.zoek(status, null, new PageRequest(first / pageSize, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING)).items();
        }

        @Override
        public String getRowKey(ToetredingView t) {
            return Long.toString(t.id());
        }

        @Override
        public ToetredingView getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<ToetredingView> getModel() { return model; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
