package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.wmoregio.audit.boundary.AuditService;

/**
 * Toewijzing facts for the iWmo exchange, read by ToewijzingNummer (= indicatie.id), and the
 * start/stop of zorg reported by providers (WMO305/WMO307). Native SQL on the toegang tables
 * (V4/V5); the iwmo component reads and writes toewijzingen only through this boundary.
 *
 * <p>SEAM for the integrator: a BSN is only available through a {@link BsnBron} bean (the toegang
 * component's BSN decryption). Until one is deployed, {@link #bsn(long)} is empty and
 * {@link #bsnKlopt(long, String)} answers null ("cannot decide"): the iWmo import then checks the
 * 11-proef (CS002) and matches the client by the toewijzing number only.
 */
@Stateless
@PermitAll
public class ToewijzingLookup {

    /** Columns of {@link Toewijzing}, in order. */
    static final String KOLOMMEN = "i.id, i.client_id, c.pseudoniem, c.geboortejaar, i.gemeente_id, g.cbs_code, i.aanbieder_id, "
            + "a.agb_code, i.product_code, p.iwmo_productcategorie, i.categorie, coalesce(i.eenheid, p.eenheid), i.volume, "
            + "coalesce(i.frequentie, p.frequentie), i.budget_cent, i.van, i.tot, i.start_zorg, i.stop_zorg, i.reden_einde, "
            + "i.reden_wijziging, i.aangemaakt_op";
    static final String VAN = " from indicatie i join client c on c.id = i.client_id join gemeente g on g.id = i.gemeente_id "
            + "join aanbieder a on a.id = i.aanbieder_id join product p on p.code = i.product_code";

    /** Where a BSN comes from: the toegang component's decryption of client.bsn_versleuteld. */
    public interface BsnBron {
        /** The client's BSN, or empty when it is not known (pseudonym-only client). Never log it. */
        Optional<String> bsn(long clientId);

        /** The client's contact data (decrypted), or empty when none is stored. Never log it. */
        default Optional<Contact> contact(long clientId) {
            return Optional.empty();
        }
    }

    /**
     * A client's name, address and phone for the WMO301 Client/Naam and Contact (TR006/CD034).
     * voorletters and telefoon may be null; huisnummer with postcode form the BRP address.
     */
    public record Contact(String achternaam, String voorletters, String postcode, Integer huisnummer, String telefoon) {
        public boolean bruikbaar() {
            return achternaam != null && !achternaam.isBlank()
                    && ((postcode != null && huisnummer != null) || (telefoon != null && !telefoon.isBlank()));
        }

        @Override
        public String toString() {
            return "Contact[***]"; // never in a log line
        }
    }

    /**
     * One toewijzing. categorie = iWmo productcategorie (WMO020); prestatieCategorie = the tariff
     * category of an output product (A/B/C) or null; gemeenteCode = the 4-digit CBS code iWmo uses.
     */
    public record Toewijzing(long nummer, long clientId, String clientPseudoniem, int geboortejaar, long gemeenteId,
                             String gemeenteCode, long aanbiederId, String aanbiederAgb, String productCode, String categorie,
                             String prestatieCategorie, String eenheid, Integer volume, String frequentie, Long budgetCent,
                             LocalDate van, LocalDate tot, LocalDate startZorg, LocalDate stopZorg, String redenEinde,
                             String redenWijziging, LocalDateTime aangemaaktOp) {
    }

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Instance<BsnBron> bsnBronnen;

    @Inject
    Verwerkingslog log;

    @Resource
    SessionContext context;

    public Optional<Toewijzing> zoek(long nummer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + KOLOMMEN + VAN + " where i.id = ?1")
                .setParameter(1, nummer).getResultList();
        return rows.stream().findFirst().map(ToewijzingLookup::toewijzing);
    }

    /** Rows per page when reading a provider's toewijzingen (keyset paging on the id). */
    static final int PAGINA = 2_000;

    /**
     * All of a provider's toewijzingen in a gemeente overlapping [van, tot] (both optional), by
     * number. Read in pages of {@value #PAGINA} by id (keyset), so nothing is ever cut off (issue
     * 16, M9: this used to stop silently at 10,000).
     */
    public List<Toewijzing> vanAanbieder(long aanbiederId, long gemeenteId, LocalDate van, LocalDate tot) {
        List<Toewijzing> alle = new java.util.ArrayList<>();
        long na = 0;
        while (true) {
            List<Toewijzing> pagina = vanAanbieder(aanbiederId, gemeenteId, van, tot, na, PAGINA);
            alle.addAll(pagina);
            if (pagina.size() < PAGINA) {
                return alle;
            }
            na = pagina.get(pagina.size() - 1).nummer();
        }
    }

    /** All toewijzingen of one client at one provider in a gemeente, by number (the outbox after a change, issue 15). */
    public List<Toewijzing> vanClient(long clientId, long aanbiederId, long gemeenteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + KOLOMMEN + VAN + " where i.client_id = ?1 and i.aanbieder_id = ?2 "
                        + "and i.gemeente_id = ?3 order by i.id")
                .setParameter(1, clientId).setParameter(2, aanbiederId).setParameter(3, gemeenteId).getResultList();
        return rows.stream().map(ToewijzingLookup::toewijzing).toList();
    }

    /** One page: toewijzingen with a number above {@code na}, at most {@code aantal}. */
    public List<Toewijzing> vanAanbieder(long aanbiederId, long gemeenteId, LocalDate van, LocalDate tot, long na, int aantal) {
        LocalDate vanaf = van == null ? LocalDate.of(1900, 1, 1) : van;
        LocalDate totEnMet = tot == null ? LocalDate.of(9999, 12, 31) : tot;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + KOLOMMEN + VAN + " where i.aanbieder_id = ?1 and i.gemeente_id = ?2 "
                        + "and (i.tot is null or i.tot >= ?3) and i.van <= ?4 and i.id > ?5 order by i.id")
                .setParameter(1, aanbiederId).setParameter(2, gemeenteId)
                .setParameter(3, Date.valueOf(vanaf)).setParameter(4, Date.valueOf(totEnMet)).setParameter(5, na)
                .setMaxResults(aantal)
                .getResultList();
        return rows.stream().map(ToewijzingLookup::toewijzing).toList();
    }

    /** The client's contact data from the toegang component, or empty. Never log it. */
    public Optional<Contact> contact(long clientId) {
        for (BsnBron bron : bsnBronnen) {
            Optional<Contact> contact = bron.contact(clientId);
            if (contact.isPresent()) {
                return contact;
            }
        }
        return Optional.empty();
    }

    /** The client's BSN from the toegang component, or empty when no {@link BsnBron} knows it. */
    public Optional<String> bsn(long clientId) {
        for (BsnBron bron : bsnBronnen) {
            Optional<String> bsn = bron.bsn(clientId);
            if (bsn.isPresent()) {
                return bsn;
            }
        }
        return Optional.empty();
    }

    /** Whether the BSN is the toewijzing's client: true/false, or null when no BSN source can tell. */
    public Boolean bsnKlopt(long toewijzingNummer, String bsn) {
        Optional<Toewijzing> t = zoek(toewijzingNummer);
        if (t.isEmpty()) {
            return null;
        }
        return bsn(t.get().clientId()).map(b -> b.equals(bsn)).orElse(null);
    }

    /** WMO305: the provider started the zorg on this date (null: the earlier start is withdrawn). Audited in the caller's transaction. */
    public void startZorg(long nummer, LocalDate begin, String bron) {
        int n = em.createNativeQuery("update indicatie set start_zorg = ?1, version = version + 1 where id = ?2")
                .setParameter(1, begin == null ? null : Date.valueOf(begin)).setParameter(2, nummer).executeUpdate();
        if (n == 1) {
            audit.record("Indicatie", nummer, "START_ZORG", "start zorg " + begin, bron);
            pseudoniem(nummer).ifPresent(p -> log.registreer(p, Verwerkingslog.WIJZIGEN, "Start zorg (" + bron + ")"));
        }
    }

    /** WMO307: the provider stopped the zorg on this date for this reason (null, null: withdrawn). Audited. */
    public void stopZorg(long nummer, LocalDate einde, String redenEinde, String bron) {
        int n = em.createNativeQuery("update indicatie set stop_zorg = ?1, reden_einde = ?2, version = version + 1 where id = ?3")
                .setParameter(1, einde == null ? null : Date.valueOf(einde)).setParameter(2, redenEinde).setParameter(3, nummer).executeUpdate();
        if (n == 1) {
            audit.record("Indicatie", nummer, "STOP_ZORG", "stop zorg " + einde + " reden " + redenEinde, bron);
            pseudoniem(nummer).ifPresent(p -> log.registreer(p, Verwerkingslog.WIJZIGEN, "Stop zorg (" + bron + ")"));
        }
    }

    /**
     * Verwerkingenlogging: a client's data left the system (e.g. a WMO301 with the BSN to a
     * provider). Appends to client_inzage (who, when, which pseudonym, why); never changed later.
     */
    public void registreerInzage(String pseudoniem, String actie, String doel) {
        log.registreer(pseudoniem, actie, doel);
    }

    /** As {@link #registreerInzage}, one row per distinct pseudonym (e.g. the clients of one declaration message). */
    public void registreerInzageAlle(java.util.Collection<String> pseudoniemen, String actie, String doel) {
        log.registreerAlle(pseudoniemen, actie, doel);
    }

    /** As {@link #registreerInzageAlle}, for the clients of these toewijzingen (unknown numbers are skipped). */
    public void registreerInzageToewijzingen(java.util.Collection<Long> nummers, String actie, String doel) {
        java.util.Set<String> pseudoniemen = new java.util.LinkedHashSet<>();
        for (Long n : nummers) {
            pseudoniem(n).ifPresent(pseudoniemen::add);
        }
        log.registreerAlle(pseudoniemen, actie, doel);
    }

    private Optional<String> pseudoniem(long toewijzingNummer) {
        List<?> rows = em.createNativeQuery("select c.pseudoniem from indicatie i join client c on c.id = i.client_id where i.id = ?1")
                .setParameter(1, toewijzingNummer).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    private static Toewijzing toewijzing(Object[] r) {
        String cbs = (String) r[5];
        return new Toewijzing(num(r[0]), num(r[1]), (String) r[2], (int) num(r[3]), num(r[4]),
                cbs != null && cbs.startsWith("GM") ? cbs.substring(2) : cbs, num(r[6]), (String) r[7], (String) r[8],
                (String) r[9], blank((String) r[10]), (String) r[11], r[12] == null ? null : (int) num(r[12]), (String) r[13],
                r[14] == null ? null : num(r[14]), datum(r[15]), datum(r[16]), datum(r[17]), datum(r[18]), (String) r[19],
                (String) r[20], r[21] instanceof java.sql.Timestamp ts ? ts.toLocalDateTime()
                : r[21] instanceof LocalDateTime l ? l : null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate datum(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
