package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.inkoop.control.InkoopAandachtQueries;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;

/**
 * For the start page: deelovereenkomsten that end within {@value #MAANDEN} months and suspended
 * (OPGESCHORT) contracts whose provider still has clients with a current indicatie.
 * Applications to review come from {@link ToetredingService#zoek} with status INGEDIEND.
 */
@Stateless
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.TOEZICHTHOUDER})
public class InkoopAandacht {

    public static final int MAANDEN = 3;

    public record AflopendeDeelovereenkomst(long contractId, String contractNummer, long aanbiederId, String aanbiederNaam,
                                            String productCode, String productNaam, LocalDate tot) {
    }

    public record OpgeschorteAanbieder(long aanbiederId, String aanbiederNaam, String contractNummer, long clienten) {
    }

    @Inject
    InkoopAandachtQueries queries;

    public Page<AflopendeDeelovereenkomst> aflopendeDeelovereenkomsten(PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        LocalDate tot = vandaag.plusMonths(MAANDEN);
        List<AflopendeDeelovereenkomst> items = queries.aflopend(vandaag, tot, page).stream()
                .map(r -> new AflopendeDeelovereenkomst(num(r[0]), (String) r[1], num(r[2]), (String) r[3], (String) r[4],
                        (String) r[5], datum(r[6])))
                .toList();
        return new Page<>(items, page.page(), page.size(), queries.telAflopend(vandaag, tot));
    }

    public Page<OpgeschorteAanbieder> opgeschortMetClienten(PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        List<OpgeschorteAanbieder> items = queries.opgeschortMetClienten(vandaag, page).stream()
                .map(r -> new OpgeschorteAanbieder(num(r[0]), (String) r[1], (String) r[2], num(r[3]))).toList();
        return new Page<>(items, page.page(), page.size(), queries.telOpgeschortMetClienten(vandaag));
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate datum(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
