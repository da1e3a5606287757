package nl.wmoregio.web.toezicht;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wmoregio.toezicht.boundary.ContractToezicht;
import nl.wmoregio.toezicht.boundary.ToezichtService;

/** The toezicht measures on a provider's contract, for the inkoop provider page (included there). */
@Named
@RequestScoped
public class ContractToezichtBean {

    @Inject
    ToezichtService service;

    private ContractToezicht toezicht;
    private Long voor;

    public ContractToezicht voor(Long aanbiederId) {
        if (aanbiederId == null) {
            return null;
        }
        if (toezicht == null || !aanbiederId.equals(voor)) {
            toezicht = service.contractToezicht(aanbiederId);
            voor = aanbiederId;
        }
        return toezicht;
    }
}
