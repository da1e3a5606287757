package nl.wmoregio.ceo.boundary;

import nl.wmoregio.gebruiker.boundary.Bereik;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.ceo.control.AntwoordenCsv;
import nl.wmoregio.ceo.control.Steekproef;
import nl.wmoregio.ceo.control.Uitslag;
import nl.wmoregio.ceo.entity.CeoRonde;
import nl.wmoregio.ceo.entity.CeoVraag;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.toegang.boundary.ClientContactService;
import nl.wmoregio.toegang.boundary.VeldwerkAdres;
import nl.wmoregio.toegang.boundary.Verwerkingslog;

/**
 * The cliëntervaringsonderzoek: questions, a survey round per gemeente per year, the sample, the
 * import of answers and the results. A CONTROLLER sees every gemeente, a GEMEENTE user only its
 * own (other gemeenten: refused). Population and breakdowns read the toegang and inkoop tables
 * read-only (ADR 0007/0011); answers link to pseudonyms only.
 */
@Stateless
@RolesAllowed({Rollen.CONTROLLER, Rollen.GEMEENTE})
public class CeoService {

    public static final String ALLES_OF_NIETS = "ALLES_OF_NIETS";
    public static final String GOEDE_REGELS = "GOEDE_REGELS";
    static final String AUDIT_RONDE = "CeoRonde";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    Bereik toegang;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AuditService audit;

    @Inject
    Verwerkingslog verwerkingslog;

    @Inject
    ClientContactService contactgegevens;

    // ---------------------------------------------------------------- questions

    /** The ten standard questions plus the gemeente's own (all own questions for a CONTROLLER without gemeente). */
    public List<CeoVraagView> vragen(String gemeenteCbsCode) {
        // Not a ?: of Long and long: that unboxes the CONTROLLER's null and fails.
        Long gemeenteId = toegang.beperktTot();
        if (gemeenteCbsCode != null && !gemeenteCbsCode.isBlank()) {
            gemeenteId = gemeente(gemeenteCbsCode).id();
        }
        if (gemeenteId != null) {
            toegang.controleer(gemeenteId);
        }
        List<CeoVraag> vragen = gemeenteId == null
                ? em.createQuery("select v from CeoVraag v order by v.gemeenteId, v.nummer, v.code", CeoVraag.class).getResultList()
                : em.createQuery("select v from CeoVraag v where v.gemeenteId is null or v.gemeenteId = :g order by v.gemeenteId, v.nummer, v.code",
                        CeoVraag.class).setParameter("g", gemeenteId).getResultList();
        Map<Long, String> codes = gemeenteCodes();
        return vragen.stream().map(v -> view(v, codes)).toList();
    }

    public CeoVraagView nieuweVraag(CeoVraagInput input) {
        GemeenteView gemeente = gemeente(input.gemeenteCbsCode());
        toegang.controleer(gemeente.id());
        String code = verplicht(input.code(), "code", "Code", 12).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]{2,12}")) {
            throw new DomainException("CODE_ONGELDIG", "code", "Een code bestaat uit 2-12 letters, cijfers, - of _");
        }
        if (!em.createQuery("select v.id from CeoVraag v where v.code = :c", Long.class).setParameter("c", code).getResultList().isEmpty()) {
            throw new DomainException("CODE_BESTAAT", "code", "Vraagcode " + code + " bestaat al");
        }
        String type = input.type() == null ? "SCHAAL5" : input.type().strip().toUpperCase(Locale.ROOT);
        if (!type.equals("SCHAAL5") && !type.equals("JANEE")) {
            throw new DomainException("TYPE_ONGELDIG", "type", "Type is SCHAAL5 (vijfpuntsschaal) of JANEE");
        }
        Number max = (Number) em.createNativeQuery("select coalesce(max(nummer), 10) from ceo_vraag where gemeente_id = ?")
                .setParameter(1, gemeente.id()).getSingleResult();
        CeoVraag vraag = new CeoVraag(code, gemeente.id(), Math.max(10, max.intValue()) + 1,
                verplicht(input.tekst(), "tekst", "Tekst", 500), type);
        em.persist(vraag);
        em.flush();
        audit.record("CeoVraag", vraag.getId(), "AANGEMAAKT", gemeente.cbsCode() + " " + code + ": " + vraag.getTekst(), null);
        return view(vraag, gemeenteCodes());
    }

    public CeoVraagView wijzigVraag(long id, CeoVraagInput input, long expectedVersion) {
        CeoVraag vraag = em.find(CeoVraag.class, id);
        if (vraag == null) {
            throw new NotFoundException("Vraag", id);
        }
        if (vraag.getGemeenteId() == null) {
            throw new DomainException("STANDAARDVRAAG", "tekst", "De tien standaardvragen liggen landelijk vast");
        }
        toegang.controleer(vraag.getGemeenteId());
        Versies.controleer(vraag.getVersion(), expectedVersion, "Vraag");
        String voor = vraag.getTekst();
        vraag.wijzig(verplicht(input.tekst(), "tekst", "Tekst", 500));
        Versies.flush(em::flush, "Vraag", vraag::getVersion);
        audit.record("CeoVraag", id, "GEWIJZIGD", "tekst: '" + voor + "' -> '" + vraag.getTekst() + "'", null);
        return view(vraag, gemeenteCodes());
    }

    // ---------------------------------------------------------------- rounds

    public List<CeoRondeView> rondes(Integer jaar) {
        Long eigen = toegang.beperktTot();
        return em.createQuery("select r from CeoRonde r where (:j is null or r.jaar = :j) and (:g is null or r.gemeenteId = :g) "
                        + "order by r.jaar desc, r.gemeenteId", CeoRonde.class)
                .setParameter("j", jaar).setParameter("g", eigen).getResultList()
                .stream().map(this::view).toList();
    }

    public CeoRondeView ronde(long id) {
        return view(rondeVoor(id));
    }

    public CeoRondeView nieuweRonde(CeoRondeInput input) {
        GemeenteView gemeente = gemeente(input.gemeenteCbsCode());
        toegang.controleer(gemeente.id());
        int jaar = jaar(input.jaar());
        int omvang = omvang(input.omvang());
        if (!em.createQuery("select r.id from CeoRonde r where r.gemeenteId = :g and r.jaar = :j", Long.class)
                .setParameter("g", gemeente.id()).setParameter("j", jaar).getResultList().isEmpty()) {
            throw new DomainException("RONDE_BESTAAT", "jaar", gemeente.naam() + " heeft al een onderzoeksronde over " + jaar);
        }
        long seed = input.seed() == null ? new Random().nextInt(1_000_000) : input.seed();
        CeoRonde ronde = new CeoRonde(gemeente.id(), jaar, omvang, seed);
        em.persist(ronde);
        em.flush();
        audit.record(AUDIT_RONDE, ronde.getId(), "AANGEMAAKT", gemeente.cbsCode() + " " + jaar + ", omvang " + omvang + ", seed " + seed, null);
        return view(ronde);
    }

    public CeoRondeView wijzigRonde(long id, CeoRondeInput input, long expectedVersion) {
        CeoRonde ronde = rondeVoor(id);
        Versies.controleer(ronde.getVersion(), expectedVersion, "Onderzoeksronde");
        geenAntwoorden(ronde, "omvang");
        int omvang = omvang(input.omvang());
        long seed = input.seed() == null ? ronde.getSeed() : input.seed();
        String voor = "omvang " + ronde.getGevraagdeOmvang() + ", seed " + ronde.getSeed();
        ronde.wijzig(omvang, seed);
        Versies.flush(em::flush, "Onderzoeksronde", ronde::getVersion);
        audit.record(AUDIT_RONDE, id, "GEWIJZIGD", voor + " -> omvang " + omvang + ", seed " + seed, null);
        return view(ronde);
    }

    /**
     * Draws (or draws again, as long as no answers exist) the stratified sample from the clients
     * with an indicatie of this gemeente in the round's year.
     */
    public CeoRondeView trekSteekproef(long id, long expectedVersion) {
        CeoRonde ronde = rondeVoor(id);
        Versies.controleer(ronde.getVersion(), expectedVersion, "Onderzoeksronde");
        geenAntwoorden(ronde, null);
        List<Steekproef.Kandidaat> populatie = populatie(ronde.getGemeenteId(), ronde.getJaar());
        if (populatie.isEmpty()) {
            throw new DomainException("GEEN_POPULATIE", "jaar", "Er zijn geen cliënten met een indicatie in " + ronde.getJaar()
                    + " in deze gemeente");
        }
        List<Steekproef.Kandidaat> gekozen = new ArrayList<>(Steekproef.trek(populatie, ronde.getGevraagdeOmvang(), ronde.getSeed()));
        // Respondent keys in a random order of their own, so a key says nothing about the stratum.
        Collections.shuffle(gekozen, new Random(ronde.getSeed() ^ 0x5DEECE66DL));
        em.createNativeQuery("delete from ceo_steekproef where ronde_id = ?").setParameter(1, id).executeUpdate();
        String gemeenteCode = gemeenten.get(ronde.getGemeenteId()).gemeente().cbsCode().substring(2);
        for (int i = 0; i < gekozen.size(); i++) {
            Steekproef.Kandidaat k = gekozen.get(i);
            em.createNativeQuery("insert into ceo_steekproef (ronde_id, respondent, pseudoniem, productgroep, aanbieder_id) values (?, ?, ?, ?, ?)")
                    .setParameter(1, id).setParameter(2, respondentSleutel(ronde.getJaar(), gemeenteCode, i + 1))
                    .setParameter(3, k.pseudoniem()).setParameter(4, k.productgroep()).setParameter(5, k.aanbiederId())
                    .executeUpdate();
        }
        // Verwerkingenlogging: every drawn client's pseudonym was selected for this survey.
        verwerkingslog.registreerAlle(gekozen.stream().map(Steekproef.Kandidaat::pseudoniem).toList(), Verwerkingslog.STEEKPROEF,
                "CEO-steekproef " + ronde.getJaar() + " (ronde " + id + ")");
        ronde.getrokken(populatie.size(), gekozen.size(), Tijd.nuUtc());
        Versies.flush(em::flush, "Onderzoeksronde", ronde::getVersion);
        audit.record(AUDIT_RONDE, id, "STEEKPROEF_GETROKKEN", "populatie " + populatie.size() + ", steekproef " + gekozen.size()
                + ", seed " + ronde.getSeed(), null);
        return view(ronde);
    }

    public static String respondentSleutel(int jaar, String gemeenteCijfers, int volgnummer) {
        return String.format("%d-%s-%05d", jaar, gemeenteCijfers, volgnummer);
    }

    /** Header of the fieldwork file (issue 15, point 7). */
    public static final String VELDWERK_KOP = "respondent;voorletters;achternaam;postcode;huisnummer";

    /**
     * The fieldwork file for the survey agency (issue 15, point 7): per respondent of the round's
     * sample the respondent key (to import the answers back), name and address (postcode,
     * huisnummer) from the client's encrypted contact data; the pseudonym no longer leaves. A
     * respondent without a known address (none stored, moved away, or the pseudonym unlinked after
     * the retention term) keeps its line with empty fields. Each client whose data leaves is logged
     * (client_inzage EXPORT) and the export is audited with its counts.
     */
    public String steekproefCsv(long id) {
        CeoRonde ronde = rondeVoor(id);
        List<Object[]> rijen = rows(em.createNativeQuery("select respondent, pseudoniem, ontkoppeld from ceo_steekproef where ronde_id = ? "
                        + "order by respondent")
                .setParameter(1, id).getResultList());
        List<String> gekoppeld = new ArrayList<>();
        for (Object[] r : rijen) {
            if (!Boolean.TRUE.equals(r[2]) && !(r[2] instanceof Number n && n.intValue() != 0)) {
                gekoppeld.add((String) r[1]);
            }
        }
        Map<String, VeldwerkAdres> adressen = contactgegevens.veldwerk(ronde.getGemeenteId(), gekoppeld);
        StringBuilder csv = new StringBuilder(VELDWERK_KOP).append('\n');
        List<String> vertrokken = new ArrayList<>();
        Set<String> koppelbaar = new java.util.HashSet<>(gekoppeld);
        for (Object[] r : rijen) {
            VeldwerkAdres a = koppelbaar.contains((String) r[1]) ? adressen.get((String) r[1]) : null;
            csv.append(r[0]).append(';');
            if (a != null) {
                csv.append(veld(a.voorletters())).append(';').append(veld(a.achternaam())).append(';').append(veld(a.postcode()))
                        .append(';').append(a.huisnummer());
                vertrokken.add((String) r[1]);
            } else {
                csv.append(";;;");
            }
            csv.append('\n');
        }
        // Verwerkingenlogging: name and address of these clients leave the system for the survey agency.
        verwerkingslog.registreerAlle(vertrokken, Verwerkingslog.EXPORT, "CEO-veldwerkbestand (naam en adres) naar het onderzoeksbureau (ronde "
                + id + ")");
        audit.record(AUDIT_RONDE, id, "STEEKPROEF_GEEXPORTEERD", rijen.size() + " respondenten, " + vertrokken.size()
                + " met naam en adres, " + (rijen.size() - vertrokken.size()) + " zonder bekend adres", null);
        return csv.toString();
    }

    /** A CSV field without the separator, quotes or line breaks, and never read as a formula. */
    static String veld(String s) {
        if (s == null) {
            return "";
        }
        String schoon = s.replaceAll("[;\"\r\n]", " ").strip();
        return !schoon.isEmpty() && "=+-@".indexOf(schoon.charAt(0)) >= 0 ? "'" + schoon : schoon;
    }

    // ---------------------------------------------------------------- import

    /**
     * Imports a response file. ALLES_OF_NIETS (default): one bad row and nothing is stored.
     * GOEDE_REGELS: the good rows are stored, the bad ones reported. The same file again changes nothing.
     */
    public ImportRapport importeer(long id, String inhoud, String modus) {
        CeoRonde ronde = rondeVoor(id);
        String gekozen = modus == null || modus.isBlank() ? ALLES_OF_NIETS : modus.strip().toUpperCase(Locale.ROOT);
        if (!gekozen.equals(ALLES_OF_NIETS) && !gekozen.equals(GOEDE_REGELS)) {
            throw new DomainException("MODUS_ONGELDIG", "modus", "Modus is ALLES_OF_NIETS of GOEDE_REGELS");
        }
        if (inhoud == null || inhoud.isBlank()) {
            throw new DomainException("BESTAND_LEEG", "bestand", "Het bestand is leeg");
        }
        if (ronde.getSteekproef() == null) {
            throw new DomainException("GEEN_STEEKPROEF", "bestand", "Trek eerst de steekproef: antwoorden horen bij respondenten uit de steekproef");
        }
        String hash = sha256(inhoud);
        List<?> eerder = em.createNativeQuery("select modus, regels, opgeslagen, afgekeurd, rapport from ceo_import where ronde_id = ? and bestand_hash = ?")
                .setParameter(1, id).setParameter(2, hash).getResultList();
        if (!eerder.isEmpty()) {
            Object[] r = (Object[]) eerder.get(0);
            return new ImportRapport(id, (String) r[0], ((Number) r[1]).intValue(), 0, ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), true, true, leesFouten((String) r[4]));
        }
        Map<String, Long> vraagIds = new HashMap<>();
        Map<String, String> vraagTypes = new HashMap<>();
        for (CeoVraag v : em.createQuery("select v from CeoVraag v where v.gemeenteId is null or v.gemeenteId = :g", CeoVraag.class)
                .setParameter("g", ronde.getGemeenteId()).getResultList()) {
            vraagIds.put(v.getCode(), v.getId());
            vraagTypes.put(v.getCode(), v.getType());
        }
        Map<String, Long> respondenten = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select respondent, id from ceo_steekproef where ronde_id = ?").setParameter(1, id).getResultList())) {
            respondenten.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Integer> bestaand = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select a.steekproef_id, a.vraag_id, a.antwoord from ceo_antwoord a "
                + "join ceo_steekproef s on s.id = a.steekproef_id where s.ronde_id = ?").setParameter(1, id).getResultList())) {
            bestaand.put(r[0] + "|" + r[1], r[2] == null ? -1 : ((Number) r[2]).intValue());
        }
        AntwoordenCsv.Controle controle = AntwoordenCsv.controleer(inhoud, vraagTypes, respondenten.keySet());
        if (controle.regels() == 0) {
            // Only a (possibly cut-off) header: nothing to import, and nothing to remember as "processed".
            throw new DomainException("BESTAND_ZONDER_REGELS", "bestand", "Het bestand bevat geen antwoordregels (respondent;vraag;antwoord)");
        }
        List<ImportRapport.Regelfout> fouten = new ArrayList<>(controle.fouten().stream()
                .map(f -> new ImportRapport.Regelfout(f.regel(), f.code(), f.veld(), f.melding())).toList());
        List<AntwoordenCsv.Regel> nieuw = new ArrayList<>();
        int ongewijzigd = 0;
        for (AntwoordenCsv.Regel regel : controle.goed()) {
            Integer opgeslagen = bestaand.get(respondenten.get(regel.respondent()) + "|" + vraagIds.get(regel.vraag()));
            int waarde = regel.antwoord() == null ? -1 : regel.antwoord();
            if (opgeslagen == null) {
                nieuw.add(regel);
            } else if (opgeslagen == waarde) {
                ongewijzigd++;
            } else {
                fouten.add(new ImportRapport.Regelfout(regel.regel(), "DUBBELE_RESPONDENT", "respondent", "Respondent '"
                        + regel.respondent() + "' heeft vraag " + regel.vraag() + " in een eerdere import anders beantwoord"));
            }
        }
        fouten.sort((a, b) -> Integer.compare(a.regel(), b.regel()));
        if (!fouten.isEmpty() && gekozen.equals(ALLES_OF_NIETS)) {
            return new ImportRapport(id, gekozen, controle.regels(), 0, 0, fouten.size(), false, false, fouten);
        }
        em.createNativeQuery("insert into ceo_import (ronde_id, bestand_hash, modus, ontvangen_op, ontvangen_door, regels, opgeslagen, afgekeurd, rapport) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, hash).setParameter(3, gekozen).setParameter(4, Tijd.nuUtc())
                .setParameter(5, toegang.gebruiker()).setParameter(6, controle.regels()).setParameter(7, nieuw.size())
                .setParameter(8, fouten.size()).setParameter(9, schrijfFouten(fouten)).executeUpdate();
        Number importId = (Number) em.createNativeQuery("select id from ceo_import where ronde_id = ? and bestand_hash = ?")
                .setParameter(1, id).setParameter(2, hash).getSingleResult();
        for (AntwoordenCsv.Regel regel : nieuw) {
            em.createNativeQuery("insert into ceo_antwoord (steekproef_id, vraag_id, antwoord, import_id) values (?, ?, ?, ?)")
                    .setParameter(1, respondenten.get(regel.respondent())).setParameter(2, vraagIds.get(regel.vraag()))
                    .setParameter(3, regel.antwoord()).setParameter(4, importId.longValue()).executeUpdate();
        }
        audit.record(AUDIT_RONDE, id, "ANTWOORDEN_GEIMPORTEERD", gekozen + ": " + controle.regels() + " regels, " + nieuw.size()
                + " opgeslagen, " + ongewijzigd + " ongewijzigd, " + fouten.size() + " afgekeurd", null);
        return new ImportRapport(id, gekozen, controle.regels(), nieuw.size(), ongewijzigd, fouten.size(), true, false, fouten);
    }

    // ---------------------------------------------------------------- results

    /** Per question per gemeente per year; a GEMEENTE user asking for another gemeente is refused. */
    public List<CeoResultaat> resultaten(String gemeenteCbsCode, Integer jaar) {
        Long gemeenteId = gemeenteFilter(gemeenteCbsCode);
        List<CeoResultaat> uit = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select g.cbs_code, g.naam, r.jaar, v.code, v.nummer, v.tekst, " + TELLINGEN
                        + "from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id join ceo_ronde r on r.id = s.ronde_id "
                        + "join gemeente g on g.id = r.gemeente_id join ceo_vraag v on v.id = a.vraag_id "
                        + "where (? is null or r.jaar = ?) and (? is null or r.gemeente_id = ?) "
                        + "group by g.cbs_code, g.naam, r.jaar, v.code, v.nummer, v.tekst, v.gemeente_id "
                        + "order by r.jaar, g.naam, v.gemeente_id, v.nummer, v.code")
                .setParameter(1, jaar).setParameter(2, jaar).setParameter(3, gemeenteId).setParameter(4, gemeenteId).getResultList())) {
            Uitslag.Cijfer c = Uitslag.cijfer(num(r[6]), num(r[7]), num(r[8]));
            uit.add(new CeoResultaat((String) r[0], (String) r[1], num(r[2]), (String) r[3], num(r[4]), (String) r[5], null,
                    c.n(), c.positief(), c.zonderOordeel(), c.percentage(), c.ciLaag(), c.ciHoog(), false));
        }
        return uit;
    }

    /** Breakdown by PRODUCTGROEP or AANBIEDER for one gemeente and year; cells with n below 10 suppressed. */
    public List<CeoResultaat> uitsplitsing(String gemeenteCbsCode, int jaar, String naar) {
        if (gemeenteCbsCode == null || gemeenteCbsCode.isBlank()) {
            throw new DomainException("VERPLICHT", "gemeente", "Kies een gemeente");
        }
        Long gemeenteId = gemeenteFilter(gemeenteCbsCode);
        String dimensie = naar == null ? "PRODUCTGROEP" : naar.strip().toUpperCase(Locale.ROOT);
        String groep = switch (dimensie) {
            case "PRODUCTGROEP" -> "s.productgroep";
            case "AANBIEDER" -> "coalesce((select ab.naam from aanbieder ab where ab.id = s.aanbieder_id), '(onbekend)')";
            default -> throw new DomainException("UITSPLITSING_ONGELDIG", "naar", "Uitsplitsen kan naar PRODUCTGROEP of AANBIEDER");
        };
        List<CeoResultaat> uit = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select g.cbs_code, g.naam, r.jaar, v.code, v.nummer, v.tekst, " + TELLINGEN
                        + ", " + groep + " grp "
                        + "from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id join ceo_ronde r on r.id = s.ronde_id "
                        + "join gemeente g on g.id = r.gemeente_id join ceo_vraag v on v.id = a.vraag_id "
                        + "where r.jaar = ? and r.gemeente_id = ? "
                        + "group by g.cbs_code, g.naam, r.jaar, v.code, v.nummer, v.tekst, v.gemeente_id, grp "
                        + "order by v.gemeente_id, v.nummer, v.code, grp")
                .setParameter(1, jaar).setParameter(2, gemeenteId).getResultList())) {
            Uitslag.Cijfer c = Uitslag.cel(num(r[6]), num(r[7]), num(r[8]));
            uit.add(new CeoResultaat((String) r[0], (String) r[1], num(r[2]), (String) r[3], num(r[4]), (String) r[5], (String) r[9],
                    c.n(), c.positief(), c.zonderOordeel(), c.percentage(), c.ciLaag(), c.ciHoog(), c.onderdrukt()));
        }
        return uit;
    }

    /** The flat file for the national benchmark: one line per gemeente per question for the year. */
    public String benchmarkCsv(int jaar) {
        StringBuilder csv = new StringBuilder("gemeentecode;gemeente;jaar;vraag;nummer;n_met_oordeel;aantal_eens;percentage_eens;"
                + "ci95_laag;ci95_hoog;zonder_oordeel\n");
        for (CeoResultaat r : resultaten(null, jaar)) {
            // L8 (issue 16): names through the one CSV writer (quoted, formula characters defused), not raw
            csv.append(nl.wmoregio.inkoop.boundary.Csv.row(r.gemeenteCbsCode(), r.gemeenteNaam(), r.jaar(), r.vraagCode(),
                    r.vraagNummer(), r.n(), r.positief(), getal(r.percentage()), getal(r.ciLaag()), getal(r.ciHoog()), r.zonderOordeel()));
        }
        return csv.toString();
    }

    /** The gemeenten the caller may set up rounds and questions for: all for a CONTROLLER, the own one for GEMEENTE. */
    public List<GemeenteView> gemeenten() {
        Long eigen = toegang.beperktTot();
        return gemeenten.zoek(nl.wmoregio.regio.boundary.GemeenteFilter.alle(), new nl.wmoregio.shared.PageRequest(0, 200, "naam", true))
                .items().stream().filter(g -> eigen == null || g.id() == eigen).toList();
    }

    /** Years that have a round the caller may see, newest first. */
    public List<Integer> jaren() {
        return rondes(null).stream().map(CeoRondeView::jaar).distinct().sorted(Collections.reverseOrder()).toList();
    }

    // ---------------------------------------------------------------- helpers

    /** n with an opinion, positive, without opinion (weet niet 9, n.v.t. 8, blank). */
    private static final String TELLINGEN = "sum(case when a.antwoord is not null and a.antwoord not in (8, 9) then 1 else 0 end) n, "
            + "sum(case when (v.type = 'JANEE' and a.antwoord = 1) or (v.type = 'SCHAAL5' and a.antwoord in (4, 5)) then 1 else 0 end) pos, "
            + "sum(case when a.antwoord is null or a.antwoord in (8, 9) then 1 else 0 end) zonder ";

    private Long gemeenteFilter(String gemeenteCbsCode) {
        if (gemeenteCbsCode == null || gemeenteCbsCode.isBlank()) {
            return toegang.beperktTot();
        }
        long id = gemeente(gemeenteCbsCode).id();
        toegang.controleer(id);
        return id;
    }

    /**
     * Clients of the gemeente with an indicatie running on some day of the year, except those who
     * died or moved away (an indicatie ended OVERLEDEN or VERHUISD) before the fieldwork date, the
     * day of the draw; product group and provider from the latest such indicatie.
     */
    List<Steekproef.Kandidaat> populatie(long gemeenteId, int jaar) {
        Map<String, Steekproef.Kandidaat> perClient = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select c.pseudoniem, p.productgroep_code, i.aanbieder_id from indicatie i "
                        + "join client c on c.id = i.client_id join product p on p.code = i.product_code "
                        + "where i.gemeente_id = ? and i.van <= ? and (i.tot is null or i.tot >= ?) "
                        // Issue 13 point 13: not who died or moved away before the fieldwork date (the draw).
                        + "and not exists (select 1 from indicatie w where w.client_id = i.client_id "
                        + "and w.reden_einde in ('OVERLEDEN', 'VERHUISD') and coalesce(w.stop_zorg, w.tot) < ?) "
                        + "order by c.pseudoniem, i.van desc, i.id desc")
                .setParameter(1, gemeenteId).setParameter(2, LocalDate.of(jaar, 12, 31)).setParameter(3, LocalDate.of(jaar, 1, 1))
                .setParameter(4, Tijd.vandaag())
                .getResultList())) {
            perClient.putIfAbsent((String) r[0], new Steekproef.Kandidaat((String) r[0], (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue()));
        }
        return new ArrayList<>(perClient.values());
    }

    private CeoRonde rondeVoor(long id) {
        CeoRonde ronde = em.find(CeoRonde.class, id);
        if (ronde == null) {
            throw new NotFoundException("Onderzoeksronde", id);
        }
        toegang.controleer(ronde.getGemeenteId());
        return ronde;
    }

    private void geenAntwoorden(CeoRonde ronde, String field) {
        Number n = (Number) em.createNativeQuery("select count(*) from ceo_antwoord a join ceo_steekproef s on s.id = a.steekproef_id where s.ronde_id = ?")
                .setParameter(1, ronde.getId()).getSingleResult();
        if (n.longValue() > 0) {
            throw new DomainException("AL_ANTWOORDEN", field, "Deze ronde heeft al antwoorden: de steekproef ligt vast");
        }
    }

    private CeoRondeView view(CeoRonde r) {
        GemeenteView g = gemeenten.get(r.getGemeenteId()).gemeente();
        Number respondenten = (Number) em.createNativeQuery("select count(distinct a.steekproef_id) from ceo_antwoord a "
                        + "join ceo_steekproef s on s.id = a.steekproef_id where s.ronde_id = ? and a.antwoord is not null")
                .setParameter(1, r.getId()).getSingleResult();
        Double respons = r.getSteekproef() == null || r.getSteekproef() == 0 ? null
                : Math.round(1000.0 * respondenten.longValue() / r.getSteekproef()) / 10.0;
        return new CeoRondeView(r.getId(), g.cbsCode(), g.naam(), r.getJaar(), r.getGevraagdeOmvang(), r.getSeed(), r.getPopulatie(),
                r.getSteekproef(), respondenten.longValue(), respons, r.getGetrokkenOp(), r.getVersion());
    }

    private static CeoVraagView view(CeoVraag v, Map<Long, String> codes) {
        return new CeoVraagView(v.getId(), v.getCode(), v.getGemeenteId() == null ? null : codes.get(v.getGemeenteId()), v.getNummer(),
                v.getTekst(), v.getType(), v.getVersion());
    }

    private Map<Long, String> gemeenteCodes() {
        return rows(em.createNativeQuery("select id, cbs_code from gemeente").getResultList()).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    private GemeenteView gemeente(String cbsCode) {
        if (cbsCode == null || cbsCode.isBlank()) {
            throw new DomainException("VERPLICHT", "gemeenteCbsCode", "Kies een gemeente");
        }
        return gemeenten.findByCbsCode(cbsCode.strip().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                new DomainException("GEMEENTE_ONBEKEND", "gemeenteCbsCode", "Er is geen gemeente met CBS-code " + cbsCode));
    }

    private static int jaar(Integer jaar) {
        if (jaar == null) {
            throw new DomainException("VERPLICHT", "jaar", "Het jaar is verplicht");
        }
        if (jaar < 2015 || jaar > 2100) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Het jaar ligt tussen 2015 en 2100");
        }
        return jaar;
    }

    private static int omvang(Integer omvang) {
        if (omvang == null) {
            throw new DomainException("VERPLICHT", "omvang", "De gewenste omvang van de steekproef is verplicht");
        }
        if (omvang < 1 || omvang > 100_000) {
            throw new DomainException("OMVANG_ONGELDIG", "omvang", "De omvang ligt tussen 1 en 100.000");
        }
        return omvang;
    }

    private static String verplicht(String tekst, String field, String naam, int max) {
        if (tekst == null || tekst.isBlank()) {
            throw new DomainException("VERPLICHT", field, naam + " is verplicht");
        }
        if (tekst.strip().length() > max) {
            throw new DomainException("TE_LANG", field, naam + " mag hoogstens " + max + " tekens hebben");
        }
        return tekst.strip();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> list) {
        return (List<Object[]>) list;
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static String getal(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String sha256(String inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String schrijfFouten(List<ImportRapport.Regelfout> fouten) {
        return fouten.stream().map(f -> f.regel() + "\t" + f.code() + "\t" + (f.veld() == null ? "" : f.veld()) + "\t"
                + f.melding().replace('\t', ' ').replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    private static List<ImportRapport.Regelfout> leesFouten(String rapport) {
        if (rapport == null || rapport.isBlank()) {
            return List.of();
        }
        List<ImportRapport.Regelfout> fouten = new ArrayList<>();
        for (String line : rapport.split("\n")) {
            String[] p = line.split("\t", 4);
            fouten.add(new ImportRapport.Regelfout(Integer.parseInt(p[0]), p[1], p[2].isEmpty() ? null : p[2], p[3]));
        }
        return fouten;
    }

    static Set<String> modi() {
        return Set.of(ALLES_OF_NIETS, GOEDE_REGELS);
    }
}
