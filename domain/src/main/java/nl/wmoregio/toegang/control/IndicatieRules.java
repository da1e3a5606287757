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
        // Issue 13 rule 6: a product with tariff categories always carries one (ToewijzingRegels).
        String categorie = ToewijzingRegels.categorie(productCode, product[2] == null || product[2].isBlank() ? List.of()
                : List.of(product[2].split(",")).stream().map(String::strip).toList(), input.categorie());
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
        // Issue 13 rule 7: eenheid and frequentie from the product; no stacking (TR302); time-boxed products.
        String eenheid = ToewijzingRegels.eenheid(productCode, product[0], input.eenheid());
        String frequentie = ToewijzingRegels.frequentie(productCode, product[1], input.frequentie());
        ToewijzingRegels.geenStapeling(productCode, van, input.tot(),
                indicatie.getClient().getId() == null ? List.of() : repository.toewijzingenVan(indicatie.getClient().getId()),
                indicatie.getId(), indicatie.getVorigeId());
        ToewijzingRegels.tijdgebonden(productCode, ketenVan(indicatie.getVorigeId(), productCode, van), van, input.tot(),
                indicatie.getClient().getGeboortejaar());
        String reden = input.redenWijziging() == null || input.redenWijziging().isBlank() ? null : input.redenWijziging().strip();
        if (reden != null && !reden.matches("\\d{2}")) {
            throw new DomainException("REDEN_WIJZIGING_ONGELDIG", "redenWijziging", "Reden wijziging is een code van 2 cijfers (WMO002)");
        }
        indicatie.wijzig(productCode, categorie, input.aanbiederId(), van, input.tot(), input.volume(), eenheid, frequentie,
                input.budgetCent(), reden);
    }

    /** Start of the chain of the same product this indicatie continues (renewals and moves keep the time box running). */
    private LocalDate ketenVan(Long vorigeId, String productCode, LocalDate van) {
        LocalDate begin = van;
        Long id = vorigeId;
        for (int stap = 0; id != null && stap < 100; stap++) {
            Indicatie vorige = repository.indicatie(id);
            if (!productCode.equals(vorige.getProductCode())) {
                break;
            }
            begin = vorige.getVan().isBefore(begin) ? vorige.getVan() : begin;
            id = vorige.getVorigeId();
        }
        return begin;
    }
}
