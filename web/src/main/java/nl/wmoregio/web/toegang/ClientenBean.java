package nl.wmoregio.web.toegang;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.ClientFilter;
import nl.wmoregio.toegang.boundary.ClientInput;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.toegang.boundary.ClientView;
import nl.wmoregio.toegang.boundary.Keuzes;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;
import org.primefaces.model.LazyDataModel;

/**
 * Client search (exact BSN or pseudonym, masked result, logged), the list without identity for
 * BEHEERDER and GEMEENTE, and registering a new client. The BSN typed here is kept only for the
 * request; it is cleared after the search.
 */
@Named
@ViewScoped
public class ClientenBean implements Serializable {

    private static final Map<String, String> ZOEK_VELDEN = Map.of("bsn", "zoeken:bsn", "pseudoniem", "zoeken:pseudoniem",
            "reden", "zoeken:reden");
    private static final Map<String, String> NIEUW_VELDEN = Map.of("bsn", "nieuw:nieuwBsn", "geboortejaar", "nieuw:geboortejaar",
            "segment", "nieuw:nieuwSegment", "gemeenteId", "nieuw:gemeente");

    @Inject
    ClientService service;

    @Inject
    GemeenteService gemeenteService;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private String bsn;
    private String pseudoniem;
    private String reden;
    private List<ClientView> resultaat;
    private String segment;

    @jakarta.inject.Inject
    InzageRedenen redenen;

    private String nieuwBsn;
    private Integer geboortejaar;
    private String nieuwSegment;
    private Long gemeenteId;
    private List<GemeenteView> gemeenten;

    private final LazyDataModel<ClientView> model = new BoundaryDataModel<>(
            page -> service.zoek(new ClientFilter(null, segment, null), page), ClientView::id);

    public void zoek() {
        String gezochtBsn = bsn;
        bsn = null; // not kept in the view state
        resultaat = errors.call(() -> gezochtBsn != null && !gezochtBsn.isBlank()
                ? service.zoekOpBsn(gezochtBsn, reden)
                : service.zoekOpPseudoniem(pseudoniem, reden), ZOEK_VELDEN);
        if (resultaat != null) {
            resultaat.forEach(c -> redenen.onthoud(c.id(), reden)); // for the client page, not in its URL (L12)
        }
    }

    public String maakAan() {
        String invoer = nieuwBsn;
        nieuwBsn = null;
        ClientView client = errors.call(() -> service.create(new ClientInput(invoer, geboortejaar, gemeenteId, nieuwSegment)),
                NIEUW_VELDEN);
        if (client == null) {
            return null;
        }
        errors.info(texts.get("clienten.opgeslagen"));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/toegang/client.xhtml?faces-redirect=true&id=" + client.id();
    }

    public List<GemeenteView> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = gemeenteService.zoek(new GemeenteFilter(null, Tijd.vandaag()), new PageRequest(0, 200, "naam", true)).items();
        }
        return gemeenten;
    }

    public List<String> getSegmenten() { return Keuzes.SEGMENTEN; }
    public LazyDataModel<ClientView> getModel() { return model; }
    public List<ClientView> getResultaat() { return resultaat; }
    public String getBsn() { return bsn; }
    public void setBsn(String bsn) { this.bsn = bsn; }
    public String getPseudoniem() { return pseudoniem; }
    public void setPseudoniem(String pseudoniem) { this.pseudoniem = pseudoniem; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public String getNieuwBsn() { return nieuwBsn; }
    public void setNieuwBsn(String nieuwBsn) { this.nieuwBsn = nieuwBsn; }
    public Integer getGeboortejaar() { return geboortejaar; }
    public void setGeboortejaar(Integer geboortejaar) { this.geboortejaar = geboortejaar; }
    public String getNieuwSegment() { return nieuwSegment; }
    public void setNieuwSegment(String nieuwSegment) { this.nieuwSegment = nieuwSegment; }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
}
