package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Tarief;

/**
 * Tariffs follow contracts (issue 13 rule 6): when a deelovereenkomst is extended, the product's
 * last tariff per category is carried into each extension year at 0% (the amount holds until
 * inkoop indexes it), so a declaration in the extension year finds a contract tariff. The caller
 * records what was created in the audit trail.
 */
@Dependent
public class Tarifering {

    @Inject
    InkoopRepository repository;

    public List<Tarief> voortzetten(Product product, int totJaar) {
        List<Tarief> nieuw = new ArrayList<>();
        List<String> categorieen = product.categorieLijst().isEmpty() ? List.of("") : product.categorieLijst();
        List<nl.wmoregio.shared.Periode> venster = repository.tariefVenster(product.getCode(), product.getProductgroepCode());
        for (String categorie : categorieen) {
            Tarief laatste = repository.laatsteTarief(product.getCode(), categorie, totJaar).orElse(null);
            if (laatste == null) {
                continue; // no price was ever set: nothing to carry, inkoop sets the first one
            }
            for (int jaar = laatste.getJaar() + 1; jaar <= totJaar; jaar++) {
                if (TariefRegels.inVenster(jaar, venster)) {
                    Tarief t = new Tarief(product, categorie, jaar, laatste.getBedragCent(), BigDecimal.ZERO);
                    repository.persist(t);
                    nieuw.add(t);
                }
            }
        }
        return nieuw;
    }
}
