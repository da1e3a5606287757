package nl.wmoregio.web.inkoop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.ProcedureService;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.inkoop.boundary.ProductView;

/** The procurement procedures and the product catalogue, read-only. */
@Named
@RequestScoped
public class ProceduresBean {

    @Inject
    ProcedureService procedures;

    @Inject
    CatalogusService catalogus;

    private List<ProcedureView> lijst;
    private List<ProductView> producten;

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

    public String momenten(ProcedureView procedure) {
        return String.join(", ", procedure.toetredingsmomenten().stream()
                .map(m -> String.format("%02d-%02d-%d", m.datum().getDayOfMonth(), m.datum().getMonthValue(), m.datum().getYear()))
                .toList());
    }
}
