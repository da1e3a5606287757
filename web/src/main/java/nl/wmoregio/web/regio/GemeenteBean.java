package nl.wmoregio.web.regio;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.audit.boundary.AuditView;
import nl.wmoregio.regio.boundary.Beeindiging;
import nl.wmoregio.regio.boundary.DeelnameInput;
import nl.wmoregio.regio.boundary.GemeenteDetail;
import nl.wmoregio.regio.boundary.GemeenteInput;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;
import jakarta.faces.context.FacesContext;

/**
 * One gemeente: view, create, edit, end, and its participation per product group. Keeps the
 * version it showed, so saving over someone else's change is refused, not silently done.
 */
@Named
@ViewScoped
public class GemeenteBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "cbsCode", "gemeente:cbsCode",
            "naam", "gemeente:naam",
            "geldigVan", "gemeente:geldigVan");
    private static final Map<String, String> EINDE_VELDEN = Map.of(
            "geldigTot", "beeindig:geldigTot",
            "reden", "beeindig:reden",
            "opvolgerCbsCode", "beeindig:opvolger");
    private static final Map<String, String> DEELNAME_VELDEN = Map.of(
            "productgroep", "deelname:productgroep",
            "van", "deelname:van",
            "tot", "deelname:tot");

    @Inject
    GemeenteService service;

    @Inject
    AuditService audit;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private Long id;
    private long version;
    private GemeenteDetail detail;

    private String cbsCode;
    private String naam;
    private LocalDate geldigVan;

    private LocalDate eindeDatum;
    private String eindeReden;
    private String opvolgerCbsCode;

    private String deelnameGroep;
    private LocalDate deelnameVan;
    private LocalDate deelnameTot;

    /** f:viewAction: load the gemeente named by ?id=, or start a new one. */
    public void load() {
        if (id == null) {
            geldigVan = LocalDate.now().withDayOfYear(1);
            return;
        }
        GemeenteDetail loaded = errors.call(() -> service.get(id), Map.of());
        if (loaded != null) {
            show(loaded);
        }
    }

    public String save() {
        GemeenteInput input = new GemeenteInput(cbsCode, naam, geldigVan);
        boolean nieuw = id == null;
        GemeenteDetail saved = errors.call(() -> nieuw ? service.create(input) : service.update(id, version, input), VELDEN);
        if (saved == null) {
            return null;
        }
        show(saved);
        errors.info(texts.get("gemeente.opgeslagen", saved.gemeente().naam()));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/regio/gemeente.xhtml?faces-redirect=true&id=" + saved.gemeente().id();
    }

    public void beeindig() {
        GemeenteDetail saved = errors.call(() -> service.beeindig(id, version,
                new Beeindiging(eindeDatum, eindeReden, opvolgerCbsCode)), EINDE_VELDEN);
        if (saved != null) {
            show(saved);
            errors.info(texts.get("gemeente.beeindigd.melding", saved.gemeente().naam()));
        }
    }

    public void voegDeelnameToe() {
        GemeenteDetail saved = errors.call(() -> service.voegDeelnameToe(id,
                new DeelnameInput(deelnameGroep, deelnameVan, deelnameTot)), DEELNAME_VELDEN);
        if (saved != null) {
            show(saved);
            deelnameGroep = null;
            deelnameVan = null;
            deelnameTot = null;
            errors.info(texts.get("deelname.toegevoegd"));
        }
    }

    // Ending a participation (was REST only): choose one of the running ones and the last day.
    private static final Map<String, String> DEELNAME_EINDE_VELDEN = Map.of("tot", "deelnameEinde:eindeTot");
    private Long eindeDeelnameId;
    private LocalDate eindeDeelnameTot;

    public void beeindigDeelname() {
        if (eindeDeelnameId == null) {
            errors.error("deelnameEinde:eindeDeelname", texts.get("deelname.einde.kies"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        GemeenteDetail saved = errors.call(() -> service.beeindigDeelname(id, eindeDeelnameId, eindeDeelnameTot), DEELNAME_EINDE_VELDEN);
        if (saved != null) {
            show(saved);
            eindeDeelnameId = null;
            eindeDeelnameTot = null;
            errors.info(texts.get("deelname.beeindigd"));
        }
    }

    /** Participations without an end date or ending after today: the ones that can still be ended. */
    public List<nl.wmoregio.regio.boundary.DeelnameView> getLopendeDeelnames() {
        LocalDate vandaag = nl.wmoregio.shared.Tijd.vandaag();
        return detail == null ? List.of() : detail.deelnames().stream().filter(d -> d.tot() == null || d.tot().isAfter(vandaag)).toList();
    }

    public Long getEindeDeelnameId() { return eindeDeelnameId; }
    public void setEindeDeelnameId(Long eindeDeelnameId) { this.eindeDeelnameId = eindeDeelnameId; }
    public LocalDate getEindeDeelnameTot() { return eindeDeelnameTot; }
    public void setEindeDeelnameTot(LocalDate eindeDeelnameTot) { this.eindeDeelnameTot = eindeDeelnameTot; }

    public void herlaad() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                + "/regio/gemeente.xhtml?id=" + id);
    }

    private void show(GemeenteDetail loaded) {
        detail = loaded;
        id = loaded.gemeente().id();
        version = loaded.gemeente().version();
        cbsCode = loaded.gemeente().cbsCode();
        naam = loaded.gemeente().naam();
        geldigVan = loaded.gemeente().geldigVan();
    }

    public List<ProductgroepView> getProductgroepen() {
        return service.productgroepen();
    }

    public List<AuditView> getHistorie() {
        return id == null ? List.of() : audit.history("Gemeente", id, 50);
    }

    public boolean isNieuw() { return id == null; }
    public boolean isBeeindigd() { return detail != null && detail.gemeente().geldigTot() != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public GemeenteDetail getDetail() { return detail; }
    public long getVersion() { return version; }
    public String getCbsCode() { return cbsCode; }
    public void setCbsCode(String cbsCode) { this.cbsCode = cbsCode; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public void setGeldigVan(LocalDate geldigVan) { this.geldigVan = geldigVan; }
    public LocalDate getEindeDatum() { return eindeDatum; }
    public void setEindeDatum(LocalDate eindeDatum) { this.eindeDatum = eindeDatum; }
    public String getEindeReden() { return eindeReden; }
    public void setEindeReden(String eindeReden) { this.eindeReden = eindeReden; }
    public String getOpvolgerCbsCode() { return opvolgerCbsCode; }
    public void setOpvolgerCbsCode(String opvolgerCbsCode) { this.opvolgerCbsCode = opvolgerCbsCode; }
    public String getDeelnameGroep() { return deelnameGroep; }
    public void setDeelnameGroep(String deelnameGroep) { this.deelnameGroep = deelnameGroep; }
    public LocalDate getDeelnameVan() { return deelnameVan; }
    public void setDeelnameVan(LocalDate deelnameVan) { this.deelnameVan = deelnameVan; }
    public LocalDate getDeelnameTot() { return deelnameTot; }
    public void setDeelnameTot(LocalDate deelnameTot) { this.deelnameTot = deelnameTot; }
}
