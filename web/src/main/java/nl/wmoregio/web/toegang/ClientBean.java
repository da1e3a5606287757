package nl.wmoregio.web.toegang;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.toegang.boundary.ClientDetail;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.toegang.boundary.DoelInput;
import nl.wmoregio.toegang.boundary.DoelView;
import nl.wmoregio.toegang.boundary.EvaluatieInput;
import nl.wmoregio.toegang.boundary.IndicatieEinde;
import nl.wmoregio.toegang.boundary.IndicatieView;
import nl.wmoregio.toegang.boundary.Keuzes;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * The client page: identity masked, indicaties with their trajectplan, declarations per month.
 * Opening it is a logged read (with the reason passed on from the search, required for a
 * toezichthouder). Goals, evaluations and the end of an indicatie are added here.
 */
@Named
@ViewScoped
public class ClientBean implements Serializable {

    private static final Map<String, String> DOEL_VELDEN = Map.of("leefgebied", "doel:leefgebied",
            "omschrijving", "doel:omschrijving", "beoogdResultaat", "doel:beoogdResultaat");
    private static final Map<String, String> EVALUATIE_VELDEN = Map.of("datum", "evaluatie:datum",
            "uitkomst", "evaluatie:uitkomst", "toelichting", "evaluatie:toelichting");
    private static final Map<String, String> INDICATIE_VELDEN = Map.of("productCode", "nieuweIndicatie:product",
            "categorie", "nieuweIndicatie:categorie", "aanbiederId", "nieuweIndicatie:aanbieder", "van", "nieuweIndicatie:van",
            "tot", "nieuweIndicatie:tot", "volume", "nieuweIndicatie:volume", "vorigeId", "nieuweIndicatie:vorige",
            "eenheid", "nieuweIndicatie:volume", "frequentie", "nieuweIndicatie:volume");
    private static final Map<String, String> EINDE_VELDEN = Map.of("stopZorg", "einde:stopZorg", "redenEinde", "einde:redenEinde");

    @Inject
    ClientService service;

    @Inject
    FacesErrors errors;

    @Inject
    nl.wmoregio.inkoop.boundary.CatalogusService catalogus;

    @Inject
    nl.wmoregio.inkoop.boundary.AanbiederService aanbieders;

    private String productCode;
    private String categorie;
    private Long aanbiederId;
    private LocalDate van;
    private LocalDate tot;
    private Integer volume;
    private Long vorigeId;
    private List<nl.wmoregio.inkoop.boundary.ProductView> producten;
    private List<nl.wmoregio.inkoop.boundary.AanbiederView> gecontracteerd;

    @Inject
    Texts texts;

    private Long id;
    private String reden;

    @jakarta.inject.Inject
    InzageRedenen redenen;
    private ClientDetail detail;

    private Long doelIndicatie;
    private String leefgebied;
    private String omschrijving;
    private String beoogdResultaat;

    private Long evaluatieDoel;
    private LocalDate evaluatieDatum;
    private String uitkomst;
    private String toelichting;

    private Long eindeIndicatie;
    private LocalDate stopZorg;
    private String redenEinde;

    /** f:viewAction: read the client (logged). */
    public void load() {
        jakarta.faces.context.ExternalContext ext = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        if (!(ext.isUserInRole("BEHEERDER") || ext.isUserInRole("GEMEENTE") || ext.isUserInRole("TOEZICHTHOUDER"))) {
            errors.error(null, texts.get("clienten.geenToegang"));
            return;
        }
        if (reden == null || reden.isBlank()) {
            reden = redenen.voor(id); // stated on the search page (L12: no longer in the URL)
        }
        if (id != null && detail == null) {
            detail = errors.call(() -> service.get(id, reden), Map.of());
        }
    }

    public void maakIndicatie() {
        IndicatieView nieuw = errors.call(() -> service.maakIndicatie(id, new nl.wmoregio.toegang.boundary.IndicatieInput(
                productCode, categorie, aanbiederId, van, tot, volume, null, null, null, vorigeId == null ? null : "01", vorigeId)),
                INDICATIE_VELDEN);
        if (nieuw != null) {
            productCode = null;
            categorie = null;
            volume = null;
            vorigeId = null;
            herlaad();
            errors.info(texts.get("indicatie.opgeslagen"));
        }
    }

    public List<nl.wmoregio.inkoop.boundary.ProductView> getProducten() {
        if (producten == null) {
            producten = catalogus.producten();
        }
        return producten;
    }

    public List<nl.wmoregio.inkoop.boundary.AanbiederView> getGecontracteerd() {
        if (gecontracteerd == null) {
            // every contracted provider, page by page (a page holds at most 200; the demo region alone has 200)
            List<nl.wmoregio.inkoop.boundary.AanbiederView> alle = new java.util.ArrayList<>();
            var filter = new nl.wmoregio.inkoop.boundary.AanbiederFilter(null, null, true);
            for (int p = 0; p < 100; p++) {
                var items = aanbieders.zoek(filter, new nl.wmoregio.shared.PageRequest(p, nl.wmoregio.shared.PageRequest.MAX_SIZE,
                        "naam", true)).items();
                alle.addAll(items);
                if (items.size() < nl.wmoregio.shared.PageRequest.MAX_SIZE) {
                    break;
                }
            }
            gecontracteerd = alle;
        }
        return gecontracteerd;
    }

    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public String getCategorie() { return categorie; }
    public void setCategorie(String categorie) { this.categorie = categorie; }
    public Long getAanbiederId() { return aanbiederId; }
    public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate van) { this.van = van; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate tot) { this.tot = tot; }
    public Integer getVolume() { return volume; }
    public void setVolume(Integer volume) { this.volume = volume; }
    public Long getVorigeId() { return vorigeId; }
    public void setVorigeId(Long vorigeId) { this.vorigeId = vorigeId; }

    public void voegDoelToe() {
        if (doelIndicatie == null) {
            errors.error("doel:indicatie", texts.get("doel.verplicht"));
            return;
        }
        DoelView doel = errors.call(() -> service.voegDoelToe(doelIndicatie, new DoelInput(leefgebied, omschrijving, beoogdResultaat)),
                DOEL_VELDEN);
        if (doel != null) {
            omschrijving = null;
            beoogdResultaat = null;
            herlaad();
            errors.info(texts.get("doel.toegevoegd"));
        }
    }

    public void evalueer() {
        if (evaluatieDoel == null) {
            errors.error("evaluatie:doel", texts.get("doel.verplicht"));
            return;
        }
        DoelView doel = errors.call(() -> service.evalueer(evaluatieDoel, new EvaluatieInput(evaluatieDatum, uitkomst, toelichting)),
                EVALUATIE_VELDEN);
        if (doel != null) {
            toelichting = null;
            herlaad();
            errors.info(texts.get("evaluatie.opgeslagen"));
        }
    }

    public void beeindig() {
        IndicatieView indicatie = eindeIndicatie == null ? null : detail.indicaties().stream()
                .filter(i -> i.id() == eindeIndicatie).findFirst().orElse(null);
        if (indicatie == null) {
            errors.error("einde:indicatie", texts.get("doel.verplicht"));
            return;
        }
        IndicatieView beeindigd = errors.call(() -> service.beeindigIndicatie(indicatie.id(), indicatie.version(),
                new IndicatieEinde(stopZorg, redenEinde)), EINDE_VELDEN);
        if (beeindigd != null) {
            herlaad();
            errors.info(texts.get("einde.opgeslagen"));
        }
    }

    private void herlaad() {
        ClientDetail opnieuw = errors.call(() -> service.get(id, reden), Map.of());
        if (opnieuw != null) {
            detail = opnieuw;
        }
    }

    public List<DoelView> getAlleDoelen() {
        return detail == null ? List.of() : detail.indicaties().stream().flatMap(i -> i.doelen().stream()).toList();
    }

    public List<IndicatieView> getLopendeIndicaties() {
        return detail == null ? List.of() : detail.indicaties().stream().filter(i -> !i.beeindigd()).toList();
    }

    public List<String> getLeefgebieden() { return Keuzes.LEEFGEBIEDEN; }
    public List<String> getUitkomsten() { return Keuzes.UITKOMSTEN; }
    public List<String> getRedenenEinde() { return Keuzes.REDENEN_EINDE; }
    public ClientDetail getDetail() { return detail; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public Long getDoelIndicatie() { return doelIndicatie; }
    public void setDoelIndicatie(Long doelIndicatie) { this.doelIndicatie = doelIndicatie; }
    public String getLeefgebied() { return leefgebied; }
    public void setLeefgebied(String leefgebied) { this.leefgebied = leefgebied; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public String getBeoogdResultaat() { return beoogdResultaat; }
    public void setBeoogdResultaat(String beoogdResultaat) { this.beoogdResultaat = beoogdResultaat; }
    public Long getEvaluatieDoel() { return evaluatieDoel; }
    public void setEvaluatieDoel(Long evaluatieDoel) { this.evaluatieDoel = evaluatieDoel; }
    public LocalDate getEvaluatieDatum() { return evaluatieDatum; }
    public void setEvaluatieDatum(LocalDate evaluatieDatum) { this.evaluatieDatum = evaluatieDatum; }
    public String getUitkomst() { return uitkomst; }
    public void setUitkomst(String uitkomst) { this.uitkomst = uitkomst; }
    public String getToelichting() { return toelichting; }
    public void setToelichting(String toelichting) { this.toelichting = toelichting; }
    public Long getEindeIndicatie() { return eindeIndicatie; }
    public void setEindeIndicatie(Long eindeIndicatie) { this.eindeIndicatie = eindeIndicatie; }
    public LocalDate getStopZorg() { return stopZorg; }
    public void setStopZorg(LocalDate stopZorg) { this.stopZorg = stopZorg; }
    public String getRedenEinde() { return redenEinde; }
    public void setRedenEinde(String redenEinde) { this.redenEinde = redenEinde; }
}
