package nl.wmoregio.toegang.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.wmoregio.inkoop.boundary.LeveringService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toegang.boundary.IndicatieInput;
import nl.wmoregio.toegang.entity.Indicatie;

/**
 * Filling an indicatie (new, renewal, edit, continuity move): every rule in one place, each
 * refusal naming its rule (code) and field. Whether the provider may take the client on the start
 * date (contract status per deelovereenkomst, period, the gemeente's participation in the product
 * group) is asked of inkoop's {@link LeveringService}; nothing is saved when a rule refuses.
 */
@Dependent
public class IndicatieRules {

    @Inject
    ToegangRepository repository;

    @Inject
    LeveringService levering;

    /** Validates the input and fills the indicatie; {@code nieuw}: a new indicatie or renewal (always checked against the contract). */
    public void vul(Indicatie indicatie, IndicatieInput input, boolean nieuw) {
        String productCode = ToegangRules.tekst(input.productCode(), "productCode", "Product", 5, true).toUpperCase();
        String[] product = repository.product(productCode).orElseThrow(() ->
                new DomainException("PRODUCT_ONBEKEND", "productCode", "Product " + productCode + " staat niet in de catalogus"));
        String categorie = input.categorie() == null || input.categorie().isBlank() ? null : input.categorie().strip().toUpperCase();
        if (product[2] != null && !product[2].isBlank()) {
            List<String> categorieen = List.of(product[2].split(","));
            if (categorie == null || !categorieen.contains(categorie)) {
                throw new DomainException("CATEGORIE_ONGELDIG", "categorie",
                        "Kies de categorie van " + productCode + ": " + String.join(", ", categorieen));
            }
        } else if (categorie != null) {
            throw new DomainException("CATEGORIE_ONGELDIG", "categorie", productCode + " heeft geen categorieën");
        }
        if (input.aanbiederId() == null) {
            throw new DomainException("AANBIEDER_VERPLICHT", "aanbiederId", "Aanbieder is verplicht");
        }
        LocalDate van = ToegangRules.datum(input.van(), "van", "Begindatum");
        ToegangRules.eindeNaBegin(van, input.tot(), "tot");
        // Issue 13 rule 8: the client's segment must fit the age on the indicatie's start date.
        nl.wmoregio.shared.Leeftijdsklassen.controleerSegment(indicatie.getClient().getSegment(),
                indicatie.getClient().getGeboortejaar(), van, "van");
        boolean andereLevering = nieuw || !productCode.equals(indicatie.getProductCode())
                || indicatie.getAanbiederId() != input.aanbiederId() || !Objects.equals(van, indicatie.getVan());
        if (andereLevering) {
            // Issue 13 rules 2 and 4: contract status on the start date and the gemeente's participation.
            levering.vereisNieuweZorg(input.aanbiederId(), productCode, indicatie.getGemeenteId(), van, "aanbiederId");
        }
        if (!repository.gecontracteerd(input.aanbiederId(), productCode, van, input.tot())) {
            throw new DomainException("AANBIEDER_NIET_GECONTRACTEERD", "aanbiederId",
                    "Deze aanbieder heeft in deze periode geen contract voor " + productCode);
        }
        boolean heeftVolume = input.volume() != null;
        boolean heeftBudget = input.budgetCent() != null;
        if (!heeftVolume && !heeftBudget) {
            throw new DomainException("VOLUME_VERPLICHT", "volume", "Geef een volume of een budget");
        }
        if (heeftVolume && input.volume() < 1) {
            throw new DomainException("VOLUME_ONGELDIG", "volume", "Volume moet 1 of meer zijn");
        }
        if (heeftBudget && input.budgetCent() < 1) {
            throw new DomainException("BUDGET_ONGELDIG", "budgetCent", "Budget moet positief zijn");
        }
        String eenheid = input.eenheid() == null || input.eenheid().isBlank() ? product[0] : input.eenheid().strip();
        if (!eenheid.matches("\\d{2}")) {
            throw new DomainException("EENHEID_ONGELDIG", "eenheid", "Eenheid is een code van 2 cijfers (WJ756)");
        }
        String frequentie = input.frequentie() == null || input.frequentie().isBlank() ? product[1] : input.frequentie().strip();
        if (!frequentie.matches("\\d")) {
            throw new DomainException("FREQUENTIE_ONGELDIG", "frequentie", "Frequentie is een code van 1 cijfer (WMO757)");
        }
        String reden = input.redenWijziging() == null || input.redenWijziging().isBlank() ? null : input.redenWijziging().strip();
        if (reden != null && !reden.matches("\\d{2}")) {
            throw new DomainException("REDEN_WIJZIGING_ONGELDIG", "redenWijziging", "Reden wijziging is een code van 2 cijfers (WMO002)");
        }
        indicatie.wijzig(productCode, categorie, input.aanbiederId(), van, input.tot(), input.volume(), eenheid, frequentie,
                input.budgetCent(), reden);
    }
}
