package nl.wmoregio.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.toegang.boundary.VerwerkingFilter;
import nl.wmoregio.toegang.boundary.VerwerkingView;
import nl.wmoregio.toegang.boundary.VerwerkingenService;
import nl.wmoregio.web.platform.faces.FacesErrors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The BEHEERDER's screen on the access log: filters (client pseudonym, user, period, action),
 * paging in the database and a CSV download of the same filter. The filter is only applied after
 * the service accepted it; every page shown is logged by the service.
 */
@Named
@ViewScoped
public class VerwerkingenBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of("pseudoniem", "filter:pseudoniem", "gebruiker", "filter:gebruiker",
            "tot", "filter:tot", "actie", "filter:actie");

    @Inject
    VerwerkingenService service;

    @Inject
    FacesErrors errors;

    private String pseudoniem;
    private String gebruiker;
    private LocalDate van;
    private LocalDate tot;
    private String actie;
    private VerwerkingFilter toegepast = new VerwerkingFilter(null, null, null, null, null);
    private long totaal = -1;

    private final LazyDataModel<VerwerkingView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.tel(toegepast));
        }

        @Override
        public List<VerwerkingView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            return service.zoek(toegepast, new PageRequest(first / size, size, null, false), null).items();
        }

        @Override
        public String getRowKey(VerwerkingView row) {
            return Long.toString(row.id());
        }

        @Override
        public VerwerkingView getRowData(String rowKey) {
            return null;
        }
    };

    public void zoek() {
        VerwerkingFilter filter = new VerwerkingFilter(pseudoniem, gebruiker, van, tot, actie);
        Long n = errors.call(() -> service.tel(filter), VELDEN);
        if (n != null) {
            toegepast = filter;
            totaal = n;
        }
    }

    /** The query string of the CSV download for the applied filter. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        param(q, "pseudoniem", toegepast.pseudoniem());
        param(q, "gebruiker", toegepast.gebruiker());
        param(q, "van", toegepast.van() == null ? null : toegepast.van().toString());
        param(q, "tot", toegepast.tot() == null ? null : toegepast.tot().toString());
        param(q, "actie", toegepast.actie());
        return q.toString();
    }

    private static void param(StringBuilder q, String naam, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append(naam).append('=').append(URLEncoder.encode(waarde.strip(), StandardCharsets.UTF_8));
        }
    }

    public LazyDataModel<VerwerkingView> getModel() { return model; }
    public long getTotaal() { return totaal < 0 ? service.tel(toegepast) : totaal; }
    public String getPseudoniem() { return pseudoniem; }
    public void setPseudoniem(String pseudoniem) { this.pseudoniem = pseudoniem; }
    public String getGebruiker() { return gebruiker; }
    public void setGebruiker(String gebruiker) { this.gebruiker = gebruiker; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate van) { this.van = van; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate tot) { this.tot = tot; }
    public String getActie() { return actie; }
    public void setActie(String actie) { this.actie = actie; }
    public List<String> getActies() { return List.of("LEZEN", "ZOEKEN", "LIJST", "AANMAKEN", "WIJZIGEN", "EXPORT", "STEEKPROEF"); }
}
