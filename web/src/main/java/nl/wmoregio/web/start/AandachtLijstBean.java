package nl.wmoregio.web.start;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The list behind one attention count (drill-down), paged in the database where the boundary pages. */
@Named
@ViewScoped
public class AandachtLijstBean implements Serializable {

    @Inject
    AandachtBron bron;

    private String soort;
    private Soort gekozen;

    private final LazyDataModel<Regel> model = new BoundaryDataModel<>(page -> bron.lijst(gekozen, page), Regel::id);

    public void laad() {
        gekozen = null;
        try {
            Soort s = soort == null ? null : Soort.valueOf(soort);
            if (s != null && !s.volgt() && bron.zichtbaar(s)) {
                gekozen = s;
            }
        } catch (IllegalArgumentException e) {
            gekozen = null;
        }
    }

    public boolean isBekend() {
        return gekozen != null;
    }

    public String getSleutel() {
        return gekozen == null ? "aandacht.onbekend" : gekozen.sleutel();
    }

    public LazyDataModel<Regel> getModel() {
        return model;
    }

    public String getSoort() {
        return soort;
    }

    public void setSoort(String soort) {
        this.soort = soort;
    }
}
