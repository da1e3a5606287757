package nl.wmoregio.web.toegang;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.wmoregio.toegang.boundary.AanbiederMaand;
import nl.wmoregio.toegang.boundary.ClientService;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The provider view: declarations per provider per month of a year, no client identity. */
@Named
@ViewScoped
public class DeclaratiesBean implements Serializable {

    @Inject
    ClientService service;

    /** Opens on the year of last month: the latest month declarations exist for (issue 14). */
    private int jaar = nl.wmoregio.shared.Wereld.nu().laatsteDeclaratieMaand().getYear();

    private final LazyDataModel<AanbiederMaand> model = new BoundaryDataModel<>(
            page -> service.aanbiederDeclaraties(jaar, null, page), r -> r.aanbiederId() * 100 + r.maand());

    public LazyDataModel<AanbiederMaand> getModel() { return model; }
    public int getJaar() { return jaar; }
    public void setJaar(int jaar) { this.jaar = jaar; }
}
