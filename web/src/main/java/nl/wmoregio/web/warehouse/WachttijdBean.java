package nl.wmoregio.web.warehouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wmoregio.sturing.boundary.WachttijdService;

/** The waiting times of a provider from the last warehouse run, for the inkoop provider page (included there). */
@Named
@RequestScoped
public class WachttijdBean {

    @Inject
    WachttijdService service;

    private List<WachttijdService.Wachttijd> rijen;
    private Long voor;

    public List<WachttijdService.Wachttijd> voor(Long aanbiederId) {
        if (aanbiederId == null) {
            return List.of();
        }
        if (rijen == null || !aanbiederId.equals(voor)) {
            rijen = service.voorAanbieder(aanbiederId);
            voor = aanbiederId;
        }
        return rijen;
    }
}
