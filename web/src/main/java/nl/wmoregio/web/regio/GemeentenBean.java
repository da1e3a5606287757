package nl.wmoregio.web.regio;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.regio.boundary.RegioService;
import nl.wmoregio.regio.boundary.RegioView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Tijd;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The gemeenten list: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class GemeentenBean implements Serializable {

    @Inject
    GemeenteService service;

    @Inject
    RegioService regioService;

    private String zoekterm;
    private boolean alleenActief = true;
    private RegioView regio;

    private final LazyDataModel<GemeenteView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.zoek(filter(), new PageRequest(0, 1, null, true)).total();
        }

        @Override
        public List<GemeenteView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest page = new PageRequest(first / pageSize, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            return service.zoek(filter(), page).items();
        }

        @Override
        public String getRowKey(GemeenteView gemeente) {
            return Long.toString(gemeente.id());
        }

        @Override
        public GemeenteView getRowData(String rowKey) {
            return null;
        }
    };

    private GemeenteFilter filter() {
        LocalDate peildatum = alleenActief ? Tijd.vandaag() : null;
        return new GemeenteFilter(zoekterm, peildatum);
    }

    public RegioView getRegio() {
        if (regio == null) {
            regio = regioService.regio();
        }
        return regio;
    }

    public LazyDataModel<GemeenteView> getModel() { return model; }
    public String getZoekterm() { return zoekterm; }
    public void setZoekterm(String zoekterm) { this.zoekterm = zoekterm; }
    public boolean isAlleenActief() { return alleenActief; }
    public void setAlleenActief(boolean alleenActief) { this.alleenActief = alleenActief; }
}
