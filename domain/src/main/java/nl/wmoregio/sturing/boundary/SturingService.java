package nl.wmoregio.sturing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.Sturing.Aanbieder;
import nl.wmoregio.sturing.boundary.Sturing.Doorstroom;
import nl.wmoregio.sturing.boundary.Sturing.Filter;
import nl.wmoregio.sturing.boundary.Sturing.Indicator;
import nl.wmoregio.sturing.boundary.Sturing.Keuzes;
import nl.wmoregio.sturing.boundary.Sturing.Maand;
import nl.wmoregio.sturing.boundary.Sturing.PerGroep;
import nl.wmoregio.sturing.boundary.Sturing.Projectie;
import nl.wmoregio.sturing.boundary.Sturing.Stroom;
import nl.wmoregio.sturing.control.SturingRepository;

/**
 * The steering figures of the ACTIVE warehouse run (wh_actief). Controllers see the region and
 * every gemeente; a GEMEENTE user only their own gemeente (a filter on another is refused, no
 * filter means their own). The SQL is in {@link SturingRepository}.
 */
@Stateless
@RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
public class SturingService {

    @Inject
    SturingRepository repository;

    @Inject
    Bereik bereik;

    /** The gemeente the caller may see: the requested one (controller) or their own (gemeente user). */
    Long gemeente(Long gevraagd) {
        return bereik.filter(gevraagd);
    }

    public Keuzes keuzes() {
        return keuzes(Sturing.Indeling.HISTORISCH);
    }

    /** The filter choices; with HUIDIG only the gemeenten that exist now (the ends of the merger chains). */
    public Keuzes keuzes(Sturing.Indeling indeling) {
        return repository.keuzes(indeling, gemeente(null));
    }

    /**
     * Indicator rows; with the HUIDIG indeling the rows of merged gemeenten are added up under the
     * gemeente they merged into (clients summed, averages and shares weighted again).
     */
    public List<Indicator> indicatoren(Filter f, int max) {
        return repository.indicatoren(f, gemeente(f.gemeenteId()), max);
    }

    public List<Maand> maanden(Filter f) {
        return repository.maanden(f, gemeente(f.gemeenteId()));
    }

    public List<PerGroep> perProductgroep(Filter f) {
        return repository.perProductgroep(f, gemeente(f.gemeenteId()));
    }

    public List<Stroom> stromen(Filter f) {
        return repository.stromen(f, gemeente(f.gemeenteId()));
    }

    public List<Aanbieder> aanbieders(Filter f) {
        return repository.aanbieders(f, gemeente(f.gemeenteId()));
    }

    public List<Doorstroom> doorstroom(Filter f) {
        return repository.doorstroom(f, gemeente(f.gemeenteId()));
    }

    /** Projections summed over the gemeenten in view, per scenario and year, against the budget. */
    public List<Projectie> projecties(Filter f) {
        return repository.projecties(f, gemeente(f.gemeenteId()));
    }

    /**
     * Two runs whose results are kept (the last N, see the warehouse's WH_BEWAAR_RUNS) side by
     * side; a GEMEENTE user sees only their own gemeente. 404 when a run has no results (any more).
     */
    public List<Sturing.Vergelijking> vergelijk(long a, long b, Integer jaar, Long gemeenteId) {
        Long g = gemeente(gemeenteId);
        List<Long> bewaard = repository.runsMetResultaten();
        for (long run : new long[] {a, b}) {
            if (!bewaard.contains(run)) {
                throw new nl.wmoregio.shared.NotFoundException("Run met resultaten", run);
            }
        }
        return repository.vergelijk(a, b, jaar, g, 5000);
    }

    /** The runs whose results are kept, newest first. */
    public List<Long> runsMetResultaten() {
        return repository.runsMetResultaten();
    }
}
