package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.ProcedureInput;
import nl.wmoregio.inkoop.boundary.ProcedureService;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.inkoop.boundary.ProductInput;
import nl.wmoregio.inkoop.boundary.ProductView;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** The procurement procedures and the product catalogue; INKOOP announces procedures, moments and products. */
@Named
@ViewScoped
public class ProceduresBean implements Serializable {

    /** The requirements a new procedure starts with; the region's usual selection and minimum quality demands. */
    static final List<ProcedureInput.EisInput> STANDAARD_EISEN = List.of(
            new ProcedureInput.EisInput("KVK", "Inschrijving in het Handelsregister (uittreksel niet ouder dan 6 maanden)", true),
            new ProcedureInput.EisInput("VOG", "Verklaring omtrent het gedrag voor alle medewerkers met cliëntcontact", true),
            new ProcedureInput.EisInput("KWALITEIT", "Kwaliteitssysteem dat voldoet aan Wmo 2015 art. 3.1", true),
            new ProcedureInput.EisInput("KLACHT", "Klachtenregeling en aansluiting bij een onafhankelijke geschilleninstantie", true),
            new ProcedureInput.EisInput("MEDEZEGGENSCHAP", "Regeling voor medezeggenschap van cliënten", false),
            new ProcedureInput.EisInput("FINANCIEEL", "Financiële gezondheid: jaarrekening met positief eigen vermogen", true));

    @Inject
    ProcedureService procedures;
    @Inject
    CatalogusService catalogus;
    @Inject
    GemeenteService gemeenten;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private List<ProcedureView> lijst;
    private List<ProductView> producten;

    private String naam;
    private String productgroep;
    private String type = "OPEN_HOUSE";
    private Integer maxAanbieders;
    private LocalDate contractVan;
    private LocalDate contractTot;

    private final Map<Long, LocalDate> nieuwMoment = new HashMap<>();

    private String productCode;
    private String productNaam;
    private String productProductgroep;
    private String productCategorie;
    private String bekostiging = "OUTPUT";
    private String eenheid = "82";
    private String frequentie = "4";
    private String categorieen;

    public List<ProcedureView> getProcedures() {
        if (lijst == null) {
            lijst = procedures.procedures();
        }
        return lijst;
    }

    public List<ProductView> getProducten() {
        if (producten == null) {
            producten = catalogus.producten();
        }
        return producten;
    }

    public List<ProductgroepView> getProductgroepen() {
        return gemeenten.productgroepen();
    }

    public String momenten(ProcedureView procedure) {
        return String.join(", ", procedure.toetredingsmomenten().stream()
                .map(m -> String.format("%02d-%02d-%d", m.datum().getDayOfMonth(), m.datum().getMonthValue(), m.datum().getYear()))
                .toList());
    }

    public void kondigAan() {
        ProcedureView aangekondigd = errors.call(() -> procedures.create(new ProcedureInput(naam, productgroep, type,
                        "BEPERKT".equals(type) ? maxAanbieders : null, contractVan, contractTot,
                        contractVan == null ? List.of() : List.of(contractVan), STANDAARD_EISEN)),
                Map.of("naam", "procedure:naam", "productgroep", "procedure:productgroep", "type", "procedure:type",
                        "maxAanbieders", "procedure:max", "contractVan", "procedure:van", "contractTot", "procedure:tot",
                        "momenten", "procedure:van"));
        if (aangekondigd != null) {
            lijst = null;
            naam = null;
            maxAanbieders = null;
            errors.info(texts.get("procedures.aangekondigd", aangekondigd.naam()));
        }
    }

    public void voegMomentToe(ProcedureView procedure) {
        LocalDate datum = nieuwMoment.get(procedure.id());
        ProcedureView gewijzigd = errors.call(() -> procedures.voegMomentToe(procedure.id(), datum), Map.of());
        if (gewijzigd != null) {
            lijst = null;
            nieuwMoment.remove(procedure.id());
            errors.info(texts.get("procedures.momentToegevoegd"));
        }
    }

    public void voegProductToe() {
        ProductView product = errors.call(() -> catalogus.createProduct(new ProductInput(productCode, productNaam,
                        productProductgroep, productCategorie, bekostiging, eenheid, frequentie, categorieen)),
                Map.of("code", "product:code", "naam", "product:naam", "productgroep", "product:groep",
                        "iwmoProductcategorie", "product:categorie", "bekostiging", "product:bekostiging",
                        "eenheid", "product:eenheid", "frequentie", "product:frequentie"));
        if (product != null) {
            producten = null;
            productCode = null;
            productNaam = null;
            categorieen = null;
            errors.info(texts.get("catalogus.toegevoegd", product.code()));
        }
    }

    public Map<Long, LocalDate> getNieuwMoment() { return nieuwMoment; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getProductgroep() { return productgroep; }
    public void setProductgroep(String productgroep) { this.productgroep = productgroep; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Integer getMaxAanbieders() { return maxAanbieders; }
    public void setMaxAanbieders(Integer maxAanbieders) { this.maxAanbieders = maxAanbieders; }
    public LocalDate getContractVan() { return contractVan; }
    public void setContractVan(LocalDate contractVan) { this.contractVan = contractVan; }
    public LocalDate getContractTot() { return contractTot; }
    public void setContractTot(LocalDate contractTot) { this.contractTot = contractTot; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public String getProductNaam() { return productNaam; }
    public void setProductNaam(String productNaam) { this.productNaam = productNaam; }
    public String getProductProductgroep() { return productProductgroep; }
    public void setProductProductgroep(String productProductgroep) { this.productProductgroep = productProductgroep; }
    public String getProductCategorie() { return productCategorie; }
    public void setProductCategorie(String productCategorie) { this.productCategorie = productCategorie; }
    public String getBekostiging() { return bekostiging; }
    public void setBekostiging(String bekostiging) { this.bekostiging = bekostiging; }
    public String getEenheid() { return eenheid; }
    public void setEenheid(String eenheid) { this.eenheid = eenheid; }
    public String getFrequentie() { return frequentie; }
    public void setFrequentie(String frequentie) { this.frequentie = frequentie; }
    public String getCategorieen() { return categorieen; }
    public void setCategorieen(String categorieen) { this.categorieen = categorieen; }
}
