package nl.wmoregio.web.warehouse;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.sturing.boundary.BudgetService;
import nl.wmoregio.sturing.boundary.BudgetView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** The Wmo budget per gemeente for a chosen year: list every gemeente, enter or change one amount (with its version). */
@Named
@ViewScoped
public class BudgetBean implements Serializable {

    @Inject
    BudgetService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private Integer jaar = LocalDate.now().getYear() + 1;
    private Long gemeenteId;
    private List<GemeenteView> gemeenten;
    private List<BudgetView> lijst = List.of();
    /** The year of the rows shown (the input may hold a refused one). */
    private Integer getoondJaar;

    private BudgetView bewerkt;
    private String bedrag;

    public void load() {
        if (gemeenten == null) {
            gemeenten = service.gemeenten();
        }
        List<BudgetView> rijen = errors.call(() -> service.lijst(jaar, gemeenteId, true), Map.of("jaar", "filter:jaar"));
        if (rijen != null) {
            lijst = rijen;
            getoondJaar = jaar;
        }
    }

    public void toon() {
        bewerkt = null;
        load();
    }

    public void bewerk(BudgetView rij) {
        bewerkt = rij;
        bedrag = EuroBedrag.tekst(rij.budgetCent(), locale());
    }

    public void opslaan() {
        if (bewerkt == null) {
            return;
        }
        Long centen = EuroBedrag.centen(bedrag, locale());
        if (centen == null) {
            errors.error("budget:bedrag", texts.get(bedrag == null || bedrag.isBlank()
                    ? "budget.bewerk.verplicht" : "budget.bewerk.ongeldig"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Map<String, String> velden = new HashMap<>(Map.of("budgetCent", "budget:bedrag"));
        BudgetView b = errors.call(() -> service.opslaan(bewerkt.gemeenteId(), bewerkt.jaar(), bewerkt.version(), centen), velden);
        if (b != null) {
            errors.info(texts.get("budget.opgeslagen", b.gemeente(), Integer.toString(b.jaar())));
            bewerkt = null;
            load();
        }
    }

    public void annuleer() {
        bewerkt = null;
    }

    public String euro(Long centen) {
        return centen == null ? texts.get("budget.geen") : "€ " + EuroBedrag.tekst(centen, locale());
    }

    public boolean isZonderBudget() {
        return lijst.stream().allMatch(b -> b.budgetCent() == null);
    }

    private static Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc == null || fc.getViewRoot() == null ? Locale.forLanguageTag("nl") : fc.getViewRoot().getLocale();
    }

    public List<GemeenteView> getGemeenten() { return gemeenten; }
    public List<BudgetView> getLijst() { return lijst; }
    public BudgetView getBewerkt() { return bewerkt; }
    public Integer getJaar() { return jaar; }
    public Integer getGetoondJaar() { return getoondJaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Long getGemeenteId() { return gemeenteId; }
    public void setGemeenteId(Long gemeenteId) { this.gemeenteId = gemeenteId; }
    public String getBedrag() { return bedrag; }
    public void setBedrag(String bedrag) { this.bedrag = bedrag; }
}
