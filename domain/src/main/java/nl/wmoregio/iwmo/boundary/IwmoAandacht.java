package nl.wmoregio.iwmo.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.iwmo.control.IwmoAandachtQueries;
import nl.wmoregio.iwmo.control.IwmoRepository;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;

/**
 * What needs attention in the iWmo exchange, for the start page: declaration messages with refused
 * lines in the last {@value #DAGEN} days. A GEMEENTE user (without a region-wide role) sees only
 * its own gemeente's messages, like {@link IwmoService#berichten}.
 */
@Stateless
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
public class IwmoAandacht {

    /** How far back refused lines count as needing attention. */
    public static final int DAGEN = 30;

    /** Messages with refused lines and the number of refused lines in them. */
    public record Afkeuringen(long berichten, long regels) {
    }

    @Inject
    IwmoAandachtQueries queries;

    @Inject
    IwmoRepository repository;

    @Resource
    SessionContext context;

    @Inject
    Bereik bereik;

    public Afkeuringen afkeuringen() {
        long[] tel = queries.tel(eigenGemeente(), sinds());
        return new Afkeuringen(tel[0], tel[1]);
    }

    public Page<BerichtView> berichtenMetAfkeuring(PageRequest page) {
        Long gemeente = eigenGemeente();
        List<BerichtView> items = queries.berichtenMetAfkeuring(gemeente, sinds(), page).stream().map(r -> new BerichtView(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                r[6] instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) r[6], (String) r[7],
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue())).toList();
        return new Page<>(items, page.page(), page.size(), queries.tel(gemeente, sinds())[0]);
    }

    private static LocalDateTime sinds() {
        return Tijd.vandaag().minusDays(DAGEN).atStartOfDay();
    }

    /** The caller's own gemeente (null = all); an unbound GEMEENTE account counts nothing (-1). */
    private Long eigenGemeente() {
        try {
            return bereik.beperktTot();
        } catch (GeenToegang e) {
            return -1L;
        }
    }
}
