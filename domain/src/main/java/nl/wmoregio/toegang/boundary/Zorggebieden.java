package nl.wmoregio.toegang.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.toegang.control.ToegangRepository;

/**
 * Where a provider had clients in a period: the gemeenten recorded on its indicaties that overlap
 * the period (as recorded, so before a merger the predecessor). Only ids, no client data; toezicht
 * asks it for the gemeenten a region-wide onderzoek concerns (issue 13 point 11).
 */
@Stateless
@PermitAll
public class Zorggebieden {

    @Inject
    ToegangRepository repository;

    public Map<Long, Set<Long>> gemeentenPerAanbieder(Collection<Long> aanbiederIds, LocalDate van, LocalDate tot) {
        return repository.gemeentenPerAanbieder(aanbiederIds, van, tot);
    }
}
