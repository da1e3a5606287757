package nl.wmoregio.toegang.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.control.BsnVersleuteling;
import nl.wmoregio.toegang.control.Sleutels;
import nl.wmoregio.toegang.control.ToegangRules;

/**
 * A client's contact data (name, postcode, huisnummer, phone) for the WMO301 and the CEO
 * fieldwork file: encrypted at rest with the BSN key (AES-256-GCM, ADR 0008), shown only to the
 * roles that see the client (BEHEERDER; GEMEENTE for its own residents; TOEZICHTHOUDER with a
 * reason), every read and change written to client_inzage, the change audited without the values.
 * Kept apart from ClientService on purpose: nothing here reaches the lake or the warehouse (their
 * queries name their columns; these are not among them).
 */
@Stateless
public class ClientContactService {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Sleutels sleutels;

    @Inject
    AuditService audit;

    @Inject
    Verwerkingslog log;

    @Resource
    SessionContext context;

    @Inject
    Bereik bereik;

    @Inject
    ToewijzingLookup toewijzingen;

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE, Rollen.TOEZICHTHOUDER})
    public ContactView lees(long clientId, String reden) {
        String doel = doel(reden);
        Object[] r = rij(clientId);
        log.registreer((String) r[0], Verwerkingslog.LEZEN, "Contactgegevens: " + doel);
        if (r[2] == null) {
            return new ContactView(clientId, false, null, null, null, null, null);
        }
        BsnVersleuteling v = versleuteling();
        String p = (String) r[0];
        String huisnummer = v.ontsleutelTekst((String) r[5], "huisnummer_versleuteld", p);
        return new ContactView(clientId, true, v.ontsleutelTekst((String) r[2], "achternaam_versleuteld", p),
                v.ontsleutelTekst((String) r[3], "voorletters_versleuteld", p), v.ontsleutelTekst((String) r[4], "postcode_versleuteld", p),
                huisnummer == null ? null : Integer.valueOf(huisnummer), v.ontsleutelTekst((String) r[6], "telefoon_versleuteld", p));
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
    public ContactView wijzig(long clientId, ContactInput input) {
        if (input == null) {
            throw new DomainException("VERPLICHT", "achternaam", "Geef de contactgegevens");
        }
        String achternaam = ToegangRules.tekst(input.achternaam(), "achternaam", "Achternaam", 200, true);
        String voorletters = leeg(input.voorletters()) ? null : input.voorletters().replace(".", "").replace(" ", "").strip();
        if (voorletters != null && !voorletters.matches("\\p{L}{1,6}")) {
            throw new DomainException("VOORLETTERS_ONGELDIG", "voorletters", "Voorletters: 1 tot 6 letters");
        }
        String postcode = leeg(input.postcode()) ? null : input.postcode().replace(" ", "").toUpperCase();
        if (postcode != null && !postcode.matches("[1-9]\\d{3}[A-Z]{2}")) {
            throw new DomainException("POSTCODE_ONGELDIG", "postcode", "Postcode als 1234AB");
        }
        Integer huisnummer = input.huisnummer();
        if (huisnummer != null && (huisnummer < 1 || huisnummer > 99_999)) {
            throw new DomainException("HUISNUMMER_ONGELDIG", "huisnummer", "Huisnummer is 1 tot 99999");
        }
        if ((postcode == null) != (huisnummer == null)) {
            throw new DomainException("ADRES_ONVOLLEDIG", postcode == null ? "postcode" : "huisnummer",
                    "Postcode en huisnummer horen bij elkaar");
        }
        String telefoon = leeg(input.telefoon()) ? null : input.telefoon().replaceAll("[\\s()+-]", "");
        if (telefoon != null && !telefoon.matches("\\d{10,15}")) {
            throw new DomainException("TELEFOON_ONGELDIG", "telefoon", "Telefoonnummer: 10 tot 15 cijfers");
        }
        if (postcode == null && telefoon == null) {
            throw new DomainException("CONTACT_ONVOLLEDIG", "postcode", "Geef een adres (postcode en huisnummer) of een telefoonnummer");
        }
        Object[] r = rij(clientId);
        BsnVersleuteling v = versleuteling();
        String p = (String) r[0];
        // L16 (issue 16): each value bound to its column and the client's pseudonym
        em.createNativeQuery("update client set achternaam_versleuteld = ?1, voorletters_versleuteld = ?2, postcode_versleuteld = ?3, "
                        + "huisnummer_versleuteld = ?4, telefoon_versleuteld = ?5, version = version + 1 where id = ?6")
                .setParameter(1, v.versleutelTekst(achternaam, "achternaam_versleuteld", p))
                .setParameter(2, v.versleutelTekst(voorletters, "voorletters_versleuteld", p))
                .setParameter(3, v.versleutelTekst(postcode, "postcode_versleuteld", p))
                .setParameter(4, v.versleutelTekst(huisnummer == null ? null : huisnummer.toString(), "huisnummer_versleuteld", p))
                .setParameter(5, v.versleutelTekst(telefoon, "telefoon_versleuteld", p)).setParameter(6, clientId).executeUpdate();
        audit.record("Client", clientId, "CONTACT_GEWIJZIGD", "contactgegevens vastgelegd (waarden versleuteld, niet in het auditlog)", null);
        log.registreer((String) r[0], Verwerkingslog.WIJZIGEN, "Contactgegevens vastgelegd");
        return new ContactView(clientId, true, achternaam, voorletters, postcode, huisnummer, telefoon);
    }

    /**
     * Name and address (postcode + huisnummer) of the given clients of one gemeente, by pseudonym,
     * for the CEO fieldwork file (issue 15, point 7). Only clients who live in that gemeente and
     * have a name and an address (stored, or in demo mode the synthetic one the WMO301 uses) are in
     * the map. The roles of the CEO sample export; a GEMEENTE user only for its own gemeente. The
     * caller logs the export per pseudonym (client_inzage EXPORT) and audits it.
     */
    @RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
    public java.util.Map<String, VeldwerkAdres> veldwerk(long gemeenteId, java.util.Collection<String> pseudoniemen) {
        bereik.controleer(gemeenteId);
        java.util.Map<String, VeldwerkAdres> adressen = new java.util.HashMap<>();
        List<String> lijst = pseudoniemen.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
        for (int van = 0; van < lijst.size(); van += 500) {
            List<String> deel = lijst.subList(van, Math.min(lijst.size(), van + 500));
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < deel.size(); i++) {
                in.append(i == 0 ? "?" : ", ?").append(i + 2);
            }
            jakarta.persistence.Query q = em.createNativeQuery("select id, pseudoniem from client where gemeente_id = ?1 and pseudoniem in ("
                    + in + ")").setParameter(1, gemeenteId);
            for (int i = 0; i < deel.size(); i++) {
                q.setParameter(i + 2, deel.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            for (Object[] r : rows) {
                toewijzingen.contact(((Number) r[0]).longValue())
                        .filter(c -> c.achternaam() != null && !c.achternaam().isBlank() && c.postcode() != null && c.huisnummer() != null)
                        .ifPresent(c -> adressen.put((String) r[1], new VeldwerkAdres(c.voorletters(), c.achternaam(), c.postcode(),
                                c.huisnummer())));
            }
        }
        return adressen;
    }

    /** pseudoniem, gemeente_id, then the five encrypted columns; access checked. */
    private Object[] rij(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pseudoniem, gemeente_id, achternaam_versleuteld, voorletters_versleuteld, "
                        + "postcode_versleuteld, huisnummer_versleuteld, telefoon_versleuteld from client where id = ?1")
                .setParameter(1, clientId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Client", clientId);
        }
        Object[] r = rows.get(0);
        if (!context.isCallerInRole(Rollen.BEHEERDER) && !context.isCallerInRole(Rollen.TOEZICHTHOUDER)
                && context.isCallerInRole(Rollen.GEMEENTE)) {
            Long eigen = bereik.gebondenAan(bereik.gebruiker());
            if (eigen == null || eigen != ((Number) r[1]).longValue()) {
                throw new GeenToegang("Deze cliënt woont niet in uw gemeente");
            }
        }
        return r;
    }

    private String doel(String reden) {
        if (context.isCallerInRole(Rollen.TOEZICHTHOUDER) && !context.isCallerInRole(Rollen.BEHEERDER)) {
            return ToegangRules.reden(reden);
        }
        return leeg(reden) ? "Uitvoering Wmo-toegang" : ToegangRules.tekst(reden.strip(), "reden", "Reden", 400, false);
    }

    private BsnVersleuteling versleuteling() {
        if (!sleutels.aanwezig()) {
            throw new DomainException("SLEUTEL_ONTBREEKT", "client", "Zonder sleutel (WMO_BSN_SLEUTEL) kunnen geen contactgegevens worden gelezen of vastgelegd");
        }
        return sleutels.versleuteling();
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
