package nl.wmoregio.web.regio;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.regio.boundary.RegioService;
import nl.wmoregio.regio.boundary.RegioView;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The gemeenten list: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class GemeentenBean implements Serializable {

    @Inject
    GemeenteService service;

    @Inject
    RegioService regioService;

    private String zoekterm;
    private boolean alleenActief = true;
    private RegioView regio;

    private final LazyDataModel<GemeenteView> model = new BoundaryDataModel<>(page -> service.zoek(filter(), page), GemeenteView::id);

    private GemeenteFilter filter() {
        LocalDate peildatum = alleenActief ? Tijd.vandaag() : null;
        return new GemeenteFilter(zoekterm, peildatum);
    }

    public RegioView getRegio() {
        if (regio == null) {
            regio = regioService.regio();
        }
        return regio;
    }

    public LazyDataModel<GemeenteView> getModel() { return model; }
    public String getZoekterm() { return zoekterm; }
    public void setZoekterm(String zoekterm) { this.zoekterm = zoekterm; }
    public boolean isAlleenActief() { return alleenActief; }
    public void setAlleenActief(boolean alleenActief) { this.alleenActief = alleenActief; }
}
