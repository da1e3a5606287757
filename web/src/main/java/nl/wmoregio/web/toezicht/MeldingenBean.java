package nl.wmoregio.web.toezicht;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.MeldingFilter;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.MeldingView;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The triage worklist (paged and sorted in the database) and the overdue measures. */
@Named
@ViewScoped
public class MeldingenBean implements Serializable {

    @Inject
    MeldingService service;

    @Inject
    ToezichtService toezicht;

    private String status;
    private String soort;
    private String organisatie;
    private boolean verlopen;
    // Filters by provider (picker) and year (issue 17).
    private nl.wmoregio.inkoop.boundary.AanbiederView aanbieder;
    private Integer jaar;

    private final LazyDataModel<MeldingView> model = new BoundaryDataModel<>(
            page -> service.zoek(new MeldingFilter(status, soort, organisatie,
                    aanbieder == null ? null : aanbieder.id(), jaar, verlopen ? Boolean.TRUE : null, null), page),
            MeldingView::id);

    private final LazyDataModel<MaatregelView> verlopenMaatregelen = new BoundaryDataModel<>(
            page -> toezicht.verlopenMaatregelen(page), MaatregelView::id);

    public LazyDataModel<MeldingView> getModel() { return model; }
    public LazyDataModel<MaatregelView> getVerlopenMaatregelen() { return verlopenMaatregelen; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSoort() { return soort; }
    public void setSoort(String soort) { this.soort = soort; }
    public String getOrganisatie() { return organisatie; }
    public void setOrganisatie(String organisatie) { this.organisatie = organisatie; }
    public nl.wmoregio.inkoop.boundary.AanbiederView getAanbieder() { return aanbieder; }
    public void setAanbieder(nl.wmoregio.inkoop.boundary.AanbiederView aanbieder) { this.aanbieder = aanbieder; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public boolean isVerlopen() { return verlopen; }
    public void setVerlopen(boolean verlopen) { this.verlopen = verlopen; }
}
