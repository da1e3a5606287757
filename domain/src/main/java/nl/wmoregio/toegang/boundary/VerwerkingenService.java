package nl.wmoregio.toegang.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.control.Pseudoniemen;
import nl.wmoregio.toegang.entity.ClientInzage;

/**
 * The access log (verwerkingenlogging) for the BEHEERDER: per client (AVG inzageverzoek: filter
 * on the pseudonym) and per user (who did what), with a period. Reading the log is itself a
 * processing: a query or export that names a client appends an {@code EXPORT} row for that
 * client, and every query and export is written to the audit trail with its filter and count.
 * There is no method that changes or removes a row.
 */
@Stateless
@RolesAllowed(Rollen.BEHEERDER)
public class VerwerkingenService {

    public static final String AUDIT = "Verwerkingenlog";
    public static final int MAX_EXPORT = 100_000;
    static final String DOEL_INZAGE = "AVG-inzageverzoek";
    private static final DateTimeFormatter CSV_TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Verwerkingslog log;

    @Inject
    AuditService audit;

    /** One page, newest first. Logged (see the class comment). */
    public Page<VerwerkingView> zoek(VerwerkingFilter filter, PageRequest page, String reden) {
        VerwerkingFilter f = geldig(filter);
        List<VerwerkingView> items = query(f, ClientInzage.class, "select z").setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultStream().map(VerwerkingenService::view).toList();
        long totaal = tel(f);
        registreer(f, reden, "INGEZIEN", totaal);
        return new Page<>(items, page.page(), page.size(), totaal);
    }

    /** The number of rows matching (not logged: it shows no row). */
    public long tel(VerwerkingFilter filter) {
        return query(geldig(filter), Long.class, "select count(z)").getSingleResult();
    }

    /** CSV (semicolon separated, UTF-8), newest first, at most {@value #MAX_EXPORT} rows. Logged. */
    public String csv(VerwerkingFilter filter, String reden) {
        VerwerkingFilter f = geldig(filter);
        StringBuilder csv = new StringBuilder("tijdstip;gebruiker;rol;pseudoniem;actie;doel\n");
        long[] n = {0};
        query(f, ClientInzage.class, "select z").setMaxResults(MAX_EXPORT).getResultStream().forEach(z -> {
            csv.append(z.getTijdstip().format(CSV_TIJD)).append(';').append(cel(z.getGebruiker())).append(';')
                    .append(cel(z.getRol())).append(';').append(z.getPseudoniem()).append(';').append(cel(z.getActie()))
                    .append(';').append(cel(z.getDoel())).append('\n');
            n[0]++;
        });
        registreer(f, reden, "GEEXPORTEERD", n[0]);
        return csv.toString();
    }

    private void registreer(VerwerkingFilter f, String reden, String actie, long aantal) {
        String doel = reden == null || reden.isBlank() ? DOEL_INZAGE : reden.strip();
        if (f.pseudoniem() != null) {
            log.registreer(f.pseudoniem(), Verwerkingslog.EXPORT, "Verwerkingenlog " + actie.toLowerCase() + ": " + doel);
        }
        audit.record(AUDIT, f.pseudoniem() != null ? f.pseudoniem().substring(0, 12) : f.gebruiker() != null ? f.gebruiker() : "-",
                actie, beschrijf(f) + "; rijen=" + aantal, doel.length() > 500 ? doel.substring(0, 500) : doel);
    }

    static VerwerkingFilter geldig(VerwerkingFilter filter) {
        if (filter == null) {
            return new VerwerkingFilter(null, null, null, null, null);
        }
        String pseudoniem = leeg(filter.pseudoniem()) ? null : filter.pseudoniem().strip().toLowerCase();
        if (pseudoniem != null && !Pseudoniemen.isPseudoniem(pseudoniem)) {
            throw new DomainException("PSEUDONIEM_ONGELDIG", "pseudoniem", "Een pseudoniem is 64 hexadecimale tekens");
        }
        String gebruiker = leeg(filter.gebruiker()) ? null : filter.gebruiker().strip();
        if (gebruiker != null && gebruiker.length() > 100) {
            throw new DomainException("GEBRUIKER_TE_LANG", "gebruiker", "Een gebruikersnaam is hoogstens 100 tekens");
        }
        if (filter.van() != null && filter.tot() != null && filter.tot().isBefore(filter.van())) {
            throw new DomainException("PERIODE_ONGELDIG", "tot", "Tot ligt voor van");
        }
        String actie = leeg(filter.actie()) ? null : filter.actie().strip().toUpperCase();
        if (actie != null && !actie.matches("[A-Z_]{1,20}")) {
            throw new DomainException("ACTIE_ONGELDIG", "actie", "Actie is bijvoorbeeld LEZEN, ZOEKEN, LIJST, WIJZIGEN, EXPORT");
        }
        return new VerwerkingFilter(pseudoniem, gebruiker, filter.van(), filter.tot(), actie);
    }

    private <T> TypedQuery<T> query(VerwerkingFilter f, Class<T> type, String select) {
        StringBuilder jpql = new StringBuilder(select).append(" from ClientInzage z where 1 = 1");
        if (f.pseudoniem() != null) {
            jpql.append(" and z.pseudoniem = :pseudoniem");
        }
        if (f.gebruiker() != null) {
            jpql.append(" and z.gebruiker = :gebruiker");
        }
        if (f.van() != null) {
            jpql.append(" and z.tijdstip >= :van");
        }
        if (f.tot() != null) {
            jpql.append(" and z.tijdstip < :tot");
        }
        if (f.actie() != null) {
            jpql.append(" and z.actie = :actie");
        }
        if (type == ClientInzage.class) {
            jpql.append(" order by z.tijdstip desc, z.id desc");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        if (f.pseudoniem() != null) {
            q.setParameter("pseudoniem", f.pseudoniem());
        }
        if (f.gebruiker() != null) {
            q.setParameter("gebruiker", f.gebruiker());
        }
        if (f.van() != null) {
            q.setParameter("van", f.van().atStartOfDay());
        }
        if (f.tot() != null) {
            q.setParameter("tot", f.tot().plusDays(1).atStartOfDay());
        }
        if (f.actie() != null) {
            q.setParameter("actie", f.actie());
        }
        return q;
    }

    private static String beschrijf(VerwerkingFilter f) {
        return "pseudoniem=" + (f.pseudoniem() == null ? "-" : f.pseudoniem().substring(0, 12) + "…") + "; gebruiker="
                + (f.gebruiker() == null ? "-" : f.gebruiker()) + "; van=" + (f.van() == null ? "-" : f.van()) + "; tot="
                + (f.tot() == null ? "-" : f.tot()) + "; actie=" + (f.actie() == null ? "-" : f.actie());
    }

    private static VerwerkingView view(ClientInzage z) {
        return new VerwerkingView(z.getId(), z.getTijdstip(), z.getGebruiker(), z.getRol(), z.getPseudoniem(), z.getActie(),
                z.getDoel());
    }

    /** A CSV cell: no separator, no line break, and no leading formula character (CSV injection). */
    static String cel(String s) {
        if (s == null) {
            return "";
        }
        String c = s.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
        // L8 (issue 16): a leading tab or carriage return also starts a formula in some spreadsheets
        // and blanks before a formula character do not make it text
        String begin = c.stripLeading();
        boolean formule = !begin.isEmpty() && "=+-@".indexOf(begin.charAt(0)) >= 0;
        return !c.isEmpty() && (formule || c.charAt(0) == '\t') ? "'" + c : c;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

}
