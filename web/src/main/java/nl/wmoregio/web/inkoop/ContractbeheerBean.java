package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.ContractInput;
import nl.wmoregio.inkoop.boundary.ContractService;
import nl.wmoregio.inkoop.boundary.Dashboard;
import nl.wmoregio.inkoop.boundary.ProcedureService;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.inkoop.boundary.DashboardService;
import nl.wmoregio.inkoop.boundary.GesprekInput;
import nl.wmoregio.inkoop.boundary.GesprekService;
import nl.wmoregio.inkoop.boundary.GesprekView;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.SessionBean;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * Contract management on the provider page: its clients per gemeente and product, and the
 * conversations with agreements and follow-up actions.
 */
@Named
@ViewScoped
public class ContractbeheerBean implements Serializable {

    @Inject
    DashboardService dashboard;
    @Inject
    GesprekService gesprekken;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;
    @Inject
    SessionBean gebruiker;
    @Inject
    ContractService contracten;
    @Inject
    ProcedureService procedures;

    private Long aanbiederId;
    private Integer jaar;
    private List<Dashboard.ClientenPerProduct> clienten;
    private List<GesprekView> lijst;

    private String procedureProduct;
    private LocalDate startdatum;

    private LocalDate datum = LocalDate.now();
    private String onderwerp;
    private String afspraken;
    private String vervolgactie;
    private LocalDate vervolgdatum;

    public void voor(Long aanbiederId) {
        if (aanbiederId == null || aanbiederId.equals(this.aanbiederId)) {
            return;
        }
        this.aanbiederId = aanbiederId;
        if (isMagLezen()) {
            jaar = dashboard.laatsteJaar();
            clienten = dashboard.clientenVan(aanbiederId, jaar);
            lijst = gesprekken.vanAanbieder(aanbiederId);
        }
    }

    public void legVast() {
        GesprekView gelegd = errors.call(() -> gesprekken.leg(aanbiederId,
                new GesprekInput(datum, onderwerp, null, afspraken, vervolgactie, vervolgdatum)), Map.of(
                "datum", "gesprek:datum", "onderwerp", "gesprek:onderwerp", "afspraken", "gesprek:afspraken",
                "vervolgactie", "gesprek:vervolgactie", "vervolgdatum", "gesprek:vervolgdatum"));
        if (gelegd != null) {
            lijst = gesprekken.vanAanbieder(aanbiederId);
            onderwerp = null;
            afspraken = null;
            vervolgactie = null;
            vervolgdatum = null;
            errors.info(texts.get("gesprek.vastgelegd"));
        }
    }

    public void rondAf(GesprekView gesprek) {
        GesprekView afgerond = errors.call(() -> gesprekken.rondActieAf(aanbiederId, gesprek.id(), gesprek.version()), Map.of());
        if (afgerond != null) {
            lijst = gesprekken.vanAanbieder(aanbiederId);
            errors.info(texts.get("gesprek.afgerond"));
        }
    }

    /** Contracts the provider directly (e.g. BW for a provider with the 2014 right): "procedureId|productCode" from the menu. */
    public String contracteer() {
        String[] keuze = procedureProduct == null ? new String[0] : procedureProduct.split("\\|");
        Long procedureId = keuze.length == 2 ? Long.valueOf(keuze[0]) : null;
        String product = keuze.length == 2 ? keuze[1] : null;
        var gecontracteerd = errors.call(() -> contracten.contracteer(new ContractInput(aanbiederId, procedureId, product, startdatum)),
                Map.of("procedureId", "contracteren:keuze", "productCode", "contracteren:keuze", "van", "contracteren:van",
                        "aanbiederId", "contracteren:keuze"));
        if (gecontracteerd == null) {
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        errors.info(texts.get("contracteren.gelukt"));
        return "/inkoop/aanbieder.xhtml?faces-redirect=true&id=" + aanbiederId;
    }

    /** Every product of every procedure, labelled for the menu. */
    public List<Keuze> getContracteerKeuzes() {
        if (contracteerKeuzes == null) {
            List<nl.wmoregio.inkoop.boundary.ProductView> producten = catalogus.producten();
            contracteerKeuzes = new java.util.ArrayList<>();
            for (ProcedureView p : procedures.procedures()) {
                producten.stream().filter(product -> product.productgroep().equals(p.productgroep()))
                        .forEach(product -> contracteerKeuzes.add(new Keuze(p.id() + "|" + product.code(),
                                p.naam() + " – " + product.naam() + " (" + product.code() + ")")));
            }
        }
        return contracteerKeuzes;
    }

    @Inject
    nl.wmoregio.inkoop.boundary.CatalogusService catalogus;
    private List<Keuze> contracteerKeuzes;

    public record Keuze(String waarde, String label) implements Serializable {
    }

    public String getProcedureProduct() { return procedureProduct; }
    public void setProcedureProduct(String procedureProduct) { this.procedureProduct = procedureProduct; }
    public LocalDate getStartdatum() { return startdatum; }
    public void setStartdatum(LocalDate startdatum) { this.startdatum = startdatum; }

    public boolean isMagLezen() {
        return gebruiker.heeftRol(Rollen.BEHEERDER) || gebruiker.heeftRol(Rollen.INKOOP)
                || gebruiker.heeftRol(Rollen.CONTRACTMANAGER) || gebruiker.heeftRol(Rollen.CONTROLLER);
    }

    public boolean isMagVastleggen() {
        return gebruiker.heeftRol(Rollen.INKOOP) || gebruiker.heeftRol(Rollen.CONTRACTMANAGER);
    }

    public long getTotaalClienten() {
        return clienten == null ? 0 : clienten.stream().mapToLong(Dashboard.ClientenPerProduct::clienten).sum();
    }

    public Integer getJaar() { return jaar; }
    public List<Dashboard.ClientenPerProduct> getClienten() { return clienten; }
    public List<GesprekView> getLijst() { return lijst; }
    public LocalDate getDatum() { return datum; }
    public void setDatum(LocalDate datum) { this.datum = datum; }
    public String getOnderwerp() { return onderwerp; }
    public void setOnderwerp(String onderwerp) { this.onderwerp = onderwerp; }
    public String getAfspraken() { return afspraken; }
    public void setAfspraken(String afspraken) { this.afspraken = afspraken; }
    public String getVervolgactie() { return vervolgactie; }
    public void setVervolgactie(String vervolgactie) { this.vervolgactie = vervolgactie; }
    public LocalDate getVervolgdatum() { return vervolgdatum; }
    public void setVervolgdatum(LocalDate vervolgdatum) { this.vervolgdatum = vervolgdatum; }
}
