package nl.wmoregio.web.inkoop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wmoregio.inkoop.boundary.GesprekService;
import nl.wmoregio.inkoop.boundary.GesprekView;

/** The region-wide list of open follow-up actions from contract conversations (was REST only), earliest first. */
@Named
@RequestScoped
public class VervolgactiesBean {

    static final int MAX = 200;

    @Inject
    GesprekService service;

    private List<GesprekView> acties;

    public List<GesprekView> getActies() {
        if (acties == null) {
            acties = service.openActies(MAX);
        }
        return acties;
    }

    public long getAchterstallig() {
        return getActies().stream().filter(GesprekView::achterstallig).count();
    }
}
