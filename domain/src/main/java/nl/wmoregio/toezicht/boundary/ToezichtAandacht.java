package nl.wmoregio.toezicht.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toezicht.control.ToezichtAandachtQueries;
import nl.wmoregio.toezicht.control.ToezichtMapper;
import nl.wmoregio.toezicht.control.ToezichtRepository;
import nl.wmoregio.toezicht.entity.Melding;

/**
 * For the start page: open meldingen whose triage deadline is today. (Overdue triage and overdue
 * measures come from {@link MeldingService#zoek} with {@code verlopen} and
 * {@link ToezichtService#verlopenMaatregelen}.) Same roles as the triage worklist.
 */
@Stateless
@RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
public class ToezichtAandacht {

    @Inject
    ToezichtAandachtQueries queries;

    @Inject
    ToezichtRepository repository;

    public Page<MeldingView> triageVandaag(PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        List<Melding> rows = queries.triageOp(vandaag, page);
        Map<Long, String> aanbieders = repository.aanbiederNamen(rows.stream().map(Melding::getAanbiederId).toList());
        Map<Long, String> gemeenten = repository.gemeenteNamen(rows.stream().map(Melding::getGemeenteId).toList());
        return new Page<>(rows.stream().map(m -> ToezichtMapper.view(m, aanbieders, gemeenten, vandaag)).toList(),
                page.page(), page.size(), queries.telTriageOp(vandaag));
    }
}
