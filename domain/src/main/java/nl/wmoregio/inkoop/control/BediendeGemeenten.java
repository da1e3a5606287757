package nl.wmoregio.inkoop.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import nl.wmoregio.inkoop.entity.Deelovereenkomst;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;

/** The gemeenten a deelovereenkomst serves: those taking part in its product group during its period. */
@Dependent
public class BediendeGemeenten {

    @Inject
    GemeenteService gemeenten;

    public List<String> van(Deelovereenkomst deel) {
        return gemeenten.deelnemersAan(deel.getProduct().getProductgroepCode(), deel.getVan(), deel.getTot()).stream()
                .map(GemeenteView::naam).toList();
    }
}
