package nl.wmoregio.web.inkoop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.wmoregio.inkoop.boundary.ToetredingService;
import nl.wmoregio.inkoop.boundary.ToetredingView;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import org.primefaces.model.LazyDataModel;

/** The list of applications, by default those still under review. */
@Named
@ViewScoped
public class ToetredingenBean implements Serializable {

    @Inject
    ToetredingService service;

    private String status = "INGEDIEND";

    private final LazyDataModel<ToetredingView> model = new BoundaryDataModel<>(page -> service.zoek(status, null, page), ToetredingView::id);

    public LazyDataModel<ToetredingView> getModel() { return model; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
