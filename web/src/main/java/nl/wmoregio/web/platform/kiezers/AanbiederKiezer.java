package nl.wmoregio.web.platform.kiezers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.shared.PageRequest;

/**
 * A provider picker for p:autoComplete: search by name, KvK or AGB through the boundary, at most
 * {@value #MAX} suggestions. Use with {@link AanbiederConverter} so the field holds the provider
 * (and its id), never a typed id.
 */
@Named
@RequestScoped
public class AanbiederKiezer {

    static final int MAX = 15;

    @Inject
    AanbiederService service;

    public List<AanbiederView> zoek(String tekst) {
        if (tekst == null || tekst.strip().length() < 2) {
            return List.of();
        }
        return service.zoek(new AanbiederFilter(tekst.strip(), null, null), new PageRequest(0, MAX, "naam", true)).items();
    }
}
