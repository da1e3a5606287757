package nl.wmoregio.iwmo.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.iwmo.control.Berichten;
import nl.wmoregio.iwmo.control.Berichttype;
import nl.wmoregio.iwmo.control.IwmoRepository;
import nl.wmoregio.iwmo.control.IwmoXml;
import nl.wmoregio.iwmo.control.Declaratiecontrole;
import nl.wmoregio.iwmo.control.Regel;
import nl.wmoregio.iwmo.control.RetourSchrijver;
import nl.wmoregio.shared.GeenToegang;
import org.w3c.dom.Element;
import nl.wmoregio.iwmo.control.Verwerker;
import nl.wmoregio.iwmo.control.Wmo301Schrijver;
import nl.wmoregio.iwmo.entity.IwmoBericht;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * The iWmo 3.2 exchange: import of WMO323 (declaratie), WMO305 (start zorg) and WMO307 (stop
 * zorg), and export of WMO301 (toewijzing). An import is one transaction: the message, its
 * accepted lines, the toewijzing updates and the audit entry commit together or not at all. The
 * same bytes twice are recognised by their SHA-256 and change nothing.
 */
@Stateless
@RolesAllowed({Rollen.BEHEERDER, Rollen.GEMEENTE})
public class IwmoService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IwmoRepository repository;

    @Inject
    Verwerker verwerker;

    @Inject
    nl.wmoregio.iwmo.control.Uitbakvuller uitbakvuller;

    @Inject
    ToewijzingLookup toewijzingen;

    @Inject
    nl.wmoregio.inkoop.boundary.LeveringService levering;

    @Inject
    AuditService audit;

    @Inject
    Bereik bereik;

    @Resource
    SessionContext context;

    /**
     * Reads, validates and applies one message. A file that is not a valid iWmo 3.2 message is
     * refused (DomainException naming line, column and element) and nothing is saved.
     */
    public Verwerking importeer(byte[] inhoud) {
        String hash = sha256(inhoud == null ? new byte[0] : inhoud);
        Optional<IwmoBericht> eerder = repository.metHash(hash);
        if (eerder.isPresent()) {
            return verwerking(eerder.get()).alsHerhaling();
        }
        IwmoXml.Gelezen gelezen;
        try {
            gelezen = IwmoXml.lees(inhoud);
        } catch (IwmoXml.XmlFout e) {
            throw new DomainException("XML_ONGELDIG", e.element() == null ? "bestand" : e.element(), e.volledig());
        }
        if (gelezen.type() == Berichttype.WMO302) {
            return ontvangWmo302(gelezen, hash);
        }
        Berichten.Header header = Berichten.header(gelezen.document().getDocumentElement());
        long aanbiederId = repository.aanbiederMetAgb(header.afzender()).orElseThrow(() -> new DomainException(
                "AFZENDER_ONBEKEND", "Bericht/Header/Afzender", "Geen aanbieder met AGB-code " + header.afzender()));
        long gemeenteId = repository.gemeenteMetCode(header.ontvanger()).orElseThrow(() -> new DomainException(
                "ONTVANGER_ONBEKEND", "Bericht/Header/Ontvanger", "Geen gemeente met code " + header.ontvanger()));
        Long eigen = eigenGemeente();
        if (eigen != null && eigen != gemeenteId) {
            throw new GeenToegang("Dit bericht is gericht aan een andere gemeente");
        }
        Element root = gelezen.document().getDocumentElement();
        // Message-level rules: any of these refuses the message as a whole (every line "not assessed").
        List<Retourcode> kopCodes = new ArrayList<>();
        List<Retourcode> declaratieCodes = new ArrayList<>();
        if (repository.identificatieBestaat(header.afzender(), gelezen.type().code(), header.identificatie())) {
            kopCodes.add(Verwerker.retour(Regel.TR056, "Identificatie " + header.identificatie() + " is al eerder gebruikt in een "
                    + gelezen.type() + " van AGB " + header.afzender()));
        }
        if (header.dagtekening().isAfter(Tijd.vandaag())) {
            kopCodes.add(Verwerker.retour(Regel.TR135, "Dagtekening " + header.dagtekening() + " ligt in de toekomst"));
        }
        Berichten.Declaratie declaratie = gelezen.type() == Berichttype.WMO323 ? Berichten.declaratie(root) : null;
        if (declaratie != null) {
            if (repository.declaratienummerBestaat(aanbiederId, declaratie.nummer())) {
                declaratieCodes.add(Verwerker.retour(Regel.TR333, "DeclaratieNummer " + declaratie.nummer() + " is al eerder gebruikt"));
            }
            if (!Declaratiecontrole.kalendermaand(declaratie.van(), declaratie.tot())) {
                declaratieCodes.add(Verwerker.retour(Regel.CS340, "DeclaratiePeriode " + declaratie.van() + " t/m " + declaratie.tot()
                        + " is niet precies een kalendermaand"));
            }
            long som = 0;
            for (Declaratiecontrole.Prestatie p : declaratie.prestaties()) {
                som += p.credit() ? -p.bedrag() : p.bedrag();
            }
            long totaal = declaratie.totaalCredit() ? -declaratie.totaalBedrag() : declaratie.totaalBedrag();
            if (som != totaal) {
                declaratieCodes.add(Verwerker.retour(Regel.TR358, "TotaalIngediendBedrag " + totaal
                        + " is niet de som van de prestaties (" + som + ")"));
            }
        }
        boolean geheelAfgekeurd = !kopCodes.isEmpty() || !declaratieCodes.isEmpty();
        IwmoBericht bericht = new IwmoBericht(gelezen.type().code(), hash, header.afzender(), aanbiederId, gemeenteId,
                header.identificatie(), Tijd.nuUtc(), gebruiker());
        try {
            repository.bewaar(bericht);
        } catch (PersistenceException e) {
            if (!nl.wmoregio.shared.DubbeleSleutel.herken(e)) {
                throw e; // read-only, disk full, connection lost: not "already received" (docs/reliability.md)
            }
            throw new DomainException("BERICHT_AL_ONTVANGEN", "bestand", "Dit bericht wordt op dit moment al verwerkt");
        }
        Verwerker.Uitkomst uitkomst = switch (gelezen.type()) {
            case WMO323 -> verwerker.declaratie(bericht.getId(), aanbiederId, gemeenteId, declaratie, geheelAfgekeurd);
            case WMO305 -> verwerker.startStop(aanbiederId, gemeenteId, Berichten.startStop(root, false), false,
                    bron(gelezen.type(), header), geheelAfgekeurd);
            case WMO307 -> verwerker.startStop(aanbiederId, gemeenteId, Berichten.startStop(root, true), true,
                    bron(gelezen.type(), header), geheelAfgekeurd);
            default -> throw new IllegalStateException("niet inkomend: " + gelezen.type());
        };
        List<Retourcode> berichtcodes = new ArrayList<>(kopCodes);
        berichtcodes.addAll(declaratieCodes);
        int goed = (int) uitkomst.regels().stream().filter(Regelresultaat::goedgekeurd).count();
        int fout = uitkomst.regels().size() - goed;
        String retourId = retourIdentificatie(bericht.getId());
        byte[] retour = retour(gelezen.type(), root, declaratie, retourId, codes(kopCodes), codes(declaratieCodes), uitkomst);
        Verwerking verwerking = new Verwerking(bericht.getId(), gelezen.type().name(), gelezen.type().code(), header.identificatie(),
                header.afzender(), header.ontvanger(), bericht.getOntvangenOp(), bericht.getOntvangenDoor(), false,
                uitkomst.regels().size(), goed, fout, uitkomst.goedgekeurdBedrag(), berichtcodes, uitkomst.regels(),
                geheelAfgekeurd, gelezen.type().retour().name(), retourId);
        bericht.resultaat(verwerking.regels(), goed, fout, JSON.toJson(verwerking));
        bericht.retour(gelezen.type().retour().code(), new String(retour, StandardCharsets.UTF_8), geheelAfgekeurd,
                declaratie != null && !geheelAfgekeurd ? declaratie.nummer() : null);
        repository.flush();
        audit.record("IwmoBericht", bericht.getId(), "ONTVANGEN", gelezen.type().name() + " " + header.identificatie()
                + " van AGB " + header.afzender() + ": " + goed + " goedgekeurd, " + fout + " afgekeurd"
                + (geheelAfgekeurd ? " (bericht als geheel afgekeurd: " + String.join(", ", codes(berichtcodes)) + ")" : ""), null);
        return verwerking;
    }

    /**
     * WMO302: the provider's retour on one of our WMO301s (header Afzender = the gemeente,
     * Ontvanger = the provider, BerichtIdentificatie = our message). Its retourcodes are recorded
     * on the outbox item (status RETOUR_ONTVANGEN) and in the answer; a WMO302 on a WMO301 that is
     * not in the outbox is refused (400 WMO301_ONBEKEND) and nothing is saved.
     */
    private Verwerking ontvangWmo302(IwmoXml.Gelezen gelezen, String hash) {
        Element root = gelezen.document().getDocumentElement();
        Berichten.Header header = Berichten.header(root);
        long aanbiederId = repository.aanbiederMetAgb(header.ontvanger()).orElseThrow(() -> new DomainException(
                "AFZENDER_ONBEKEND", "Bericht/Header/Ontvanger", "Geen aanbieder met AGB-code " + header.ontvanger()));
        long gemeenteId = repository.gemeenteMetCode(header.afzender()).orElseThrow(() -> new DomainException(
                "ONTVANGER_ONBEKEND", "Bericht/Header/Afzender", "Geen gemeente met code " + header.afzender()));
        Long eigen = eigenGemeente();
        if (eigen != null && eigen != gemeenteId) {
            throw new GeenToegang("Dit bericht is gericht aan een andere gemeente");
        }
        Element kop = Berichten.kindVan(root, "Header");
        String identificatieRetour = Berichten.tekstVan(kop, "IdentificatieRetour");
        List<Retourcode> kopCodes = retourCodes(Berichten.kindOfNull(kop, "RetourCodes"));
        List<Regelresultaat> regels = new ArrayList<>();
        Element client = Berichten.kindOfNull(root, "Client");
        List<String> alleCodes = new ArrayList<>(codes(kopCodes));
        if (client != null) {
            String bsn = Berichten.tekstVan(client, "Bsn");
            int nummer = 0;
            for (Element p : Berichten.kinderenVan(Berichten.kindVan(client, "ToegewezenProducten"), "ToegewezenProduct")) {
                nummer++;
                List<Retourcode> c = retourCodes(Berichten.kindOfNull(p, "RetourCodes"));
                alleCodes.addAll(codes(c));
                Element product = Berichten.kindOfNull(p, "Product");
                String code = product == null ? null : Berichten.tekstOfNullVan(product, "Code");
                regels.add(new Regelresultaat(nummer, nl.wmoregio.iwmo.control.Bsn.gemaskeerd(bsn), null,
                        Long.valueOf(Berichten.tekstVan(p, "ToewijzingNummer")), code, Berichten.tekstVan(p, "Ingangsdatum"), null, null,
                        c.stream().allMatch(r -> Regel.GEEN_OPMERKING.equals(r.code())), c));
            }
            alleCodes.addAll(codes(retourCodes(Berichten.kindOfNull(client, "RetourCodes"))));
        }
        String samengevat = String.join(",", new java.util.LinkedHashSet<>(alleCodes));
        if (!repository.retourOntvangen(aanbiederId, header.identificatie(), samengevat)) {
            throw new DomainException("WMO301_ONBEKEND", "Bericht/Header/BerichtIdentificatie", "Geen WMO301 met identificatie "
                    + header.identificatie() + " aan AGB " + header.ontvanger() + " in de uitbak");
        }
        IwmoBericht bericht = new IwmoBericht(Berichttype.WMO302.code(), hash, header.ontvanger(), aanbiederId, gemeenteId,
                identificatieRetour, Tijd.nuUtc(), gebruiker());
        repository.bewaar(bericht);
        int goed = (int) regels.stream().filter(Regelresultaat::goedgekeurd).count();
        Verwerking verwerking = new Verwerking(bericht.getId(), Berichttype.WMO302.name(), Berichttype.WMO302.code(),
                identificatieRetour, header.ontvanger(), header.afzender(), bericht.getOntvangenOp(), bericht.getOntvangenDoor(), false,
                regels.size(), goed, regels.size() - goed, 0, kopCodes, regels, false, null, null);
        bericht.resultaat(regels.size(), goed, regels.size() - goed, JSON.toJson(verwerking));
        repository.flush();
        audit.record("IwmoBericht", bericht.getId(), "ONTVANGEN", "WMO302 " + identificatieRetour + " van AGB " + header.ontvanger()
                + " op WMO301 " + header.identificatie() + ": retourcodes " + samengevat, null);
        return verwerking;
    }

    private static List<Retourcode> retourCodes(Element retourCodes) {
        List<Retourcode> lijst = new ArrayList<>();
        if (retourCodes != null) {
            for (Element c : Berichten.kinderenVan(retourCodes, "RetourCode")) {
                String code = c.getTextContent().strip();
                lijst.add(new Retourcode(code, "WJ001", Regel.GEEN_OPMERKING.equals(code) ? "Geen opmerking" : "Retourcode van de aanbieder"));
            }
        }
        return lijst;
    }

    // ---------------------------------------------------------------- WMO301 outbox

    /** One item of the outbox (no client identity: the message itself is fetched separately, and logged). */
    public record UitbakItem(long id, String identificatie, String status, LocalDateTime aangemaaktOp, LocalDateTime opgehaaldOp,
                             LocalDateTime retourOp, String retourCodes) {
    }

    /**
     * The provider's outbox at a gemeente, newest first. First brought up to date: every client
     * whose toewijzingen at this provider are new or changed since its last outbox message (a
     * different kenmerk) gets a new WMO301 (split per TR302), status AANGEMAAKT. Clients without a
     * BSN or contact data get none (counted in the audit entry).
     */
    public List<UitbakItem> uitbak(String aanbieder, String gemeenteCode) {
        long aanbiederId = aanbiederId(aanbieder);
        long gemeenteId = gemeenteId(gemeenteCode);
        vulUitbak(aanbiederId, gemeenteId);
        return repository.uitbak(aanbiederId, gemeenteId).stream().map(r -> new UitbakItem(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], tijd(r[3]), tijd(r[4]), tijd(r[5]), (String) r[6])).toList();
    }

    private void vulUitbak(long aanbiederId, long gemeenteId) {
        nl.wmoregio.iwmo.control.Uitbakvuller.Resultaat r = uitbakvuller.vul(aanbiederId, gemeenteId);
        if (r.fout() != null) {
            throw new DomainException("WMO301_ONGELDIG", "aanbieder", r.fout());
        }
    }

    /** Fetches one outbox message (status OPGEHAALD); the BSN leaves: a client_inzage EXPORT row. */
    public RetourBestand uitbakBericht(long id) {
        Object[] r = repository.uitbakItem(id).orElseThrow(() -> new NotFoundException("Uitbakbericht", id));
        Long eigen = eigenGemeente();
        if (eigen != null && eigen != ((Number) r[3]).longValue()) {
            throw new NotFoundException("Uitbakbericht", id);
        }
        String xml = (String) r[2];
        repository.opgehaald(id, gebruiker());
        java.util.Set<Long> nummers = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ToewijzingNummer>(\\d{1,18})<").matcher(xml);
        while (m.find()) {
            nummers.add(Long.valueOf(m.group(1)));
        }
        toewijzingen.registreerInzageToewijzingen(nummers, "EXPORT", "WMO301 " + r[1] + " uit de uitbak opgehaald");
        return new RetourBestand("WMO301_" + r[1] + ".xml", Berichttype.WMO301.name(), xml.getBytes(StandardCharsets.UTF_8));
    }

    private long aanbiederId(String aanbieder) {
        if (aanbieder == null || aanbieder.isBlank()) {
            throw new DomainException("VERPLICHT", "aanbieder", "Kies de aanbieder (AGB-code of id)");
        }
        String a = aanbieder.strip();
        if (!a.matches("\\d{1,18}")) {
            throw new DomainException("GEEN_GETAL", "aanbieder", "aanbieder is de AGB-code (8 cijfers) of het id van een aanbieder");
        }
        // 8 digits is an AGB code (what a provider is known by in iWmo); anything else is the id.
        return (a.length() == 8 ? repository.aanbiederMetAgb(a) : repository.aanbiederMetId(Long.parseLong(a)))
                .orElseThrow(() -> new NotFoundException("Aanbieder", a));
    }

    /** The gemeente by CBS code; a GEMEENTE user gets its own when none is given and is refused another. */
    private long gemeenteId(String gemeenteCode) {
        Long eigen = eigenGemeente();
        if ((gemeenteCode == null || gemeenteCode.isBlank()) && eigen != null) {
            gemeenteCode = repository.gemeenteCode(eigen).orElse(null);
        }
        if (gemeenteCode == null || gemeenteCode.isBlank()) {
            throw new DomainException("VERPLICHT", "gemeente", "Kies de gemeente (CBS-code, bijvoorbeeld GM0828)");
        }
        String code = gemeenteCode;
        long gemeenteId = repository.gemeenteMetCode(gemeenteCode.strip().toUpperCase())
                .orElseThrow(() -> new DomainException("GEMEENTE_ONBEKEND", "gemeente", "Geen gemeente met code " + code));
        if (eigen != null && eigen != gemeenteId) {
            throw new GeenToegang("Alleen toewijzingen van de eigen gemeente");
        }
        return gemeenteId;
    }

    /** The retour's own Identificatie (max 12): R + the message id in base 36. */
    static String retourIdentificatie(long berichtId) {
        return "R" + Long.toString(berichtId, 36).toUpperCase();
    }

    private static List<String> codes(List<Retourcode> codes) {
        return codes.stream().map(Retourcode::code).toList();
    }

    private static byte[] retour(Berichttype type, Element root, Berichten.Declaratie declaratie, String retourId, List<String> kop,
                                 List<String> declaratieCodes, Verwerker.Uitkomst uitkomst) {
        try {
            if (type == Berichttype.WMO323) {
                List<RetourSchrijver.PrestatieUitkomst> prestaties = new ArrayList<>();
                for (int i = 0; i < declaratie.prestaties().size(); i++) {
                    prestaties.add(new RetourSchrijver.PrestatieUitkomst(declaratie.prestaties().get(i),
                            codes(uitkomst.regels().get(i).retourcodes())));
                }
                return RetourSchrijver.wmo325(declaratie, retourId, Tijd.vandaag(), kop, declaratieCodes, prestaties,
                        uitkomst.goedgekeurdBedrag());
            }
            List<List<String>> regels = uitkomst.regels().stream().map(r -> codes(r.retourcodes())).toList();
            List<String> client = kop.isEmpty() ? List.of() : List.of(Regel.NIET_BEOORDEELD.code());
            return RetourSchrijver.startStop(root, type, retourId, Tijd.vandaag(), new RetourSchrijver.Codes(kop, client, regels));
        } catch (IwmoXml.XmlFout e) {
            throw new IllegalStateException("De retour op " + type + " is niet geldig tegen zijn XSD: " + e.volledig(), e);
        }
    }

    private static String bron(Berichttype type, Berichten.Header header) {
        return type.name() + " " + header.identificatie() + " van AGB " + header.afzender();
    }

    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
    public Page<BerichtView> berichten(PageRequest page) {
        Long gemeente = eigenGemeente();
        List<BerichtView> items = repository.berichten(gemeente, page).stream().map(r -> new BerichtView(
                ((Number) r[0]).longValue(), type((String) r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                tijd(r[6]), (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), ((Number) r[10]).intValue()))
                .toList();
        return new Page<>(items, page.page(), page.size(), repository.aantalBerichten(gemeente));
    }

    /** The answer per line (masked BSNs): only for the roles that issue toewijzingen (issue 16, H1). */
    public Verwerking bericht(long id) {
        return verwerking(eigenBericht(id));
    }

    /** The retour message (WMO325/WMO306/WMO308) of a received message, as XML. */
    public record RetourBestand(String naam, String berichttype, byte[] inhoud) {
    }

    public RetourBestand retour(long id) {
        IwmoBericht bericht = eigenBericht(id);
        if (bericht.getRetour() == null) {
            throw new NotFoundException("Retourbericht", id); // received before retour messages existed
        }
        Berichttype type = Berichttype.vanCode(bericht.getRetourCode());
        String naam = (type == null ? "retour" : type.name()) + "_" + retourIdentificatie(bericht.getId()) + ".xml";
        // The retour holds full BSNs: every client in it gets a client_inzage row (via its toewijzing).
        java.util.Set<Long> nummers = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ToewijzingNummer>(\\d{1,18})<").matcher(bericht.getRetour());
        while (m.find()) {
            nummers.add(Long.valueOf(m.group(1)));
        }
        toewijzingen.registreerInzageToewijzingen(nummers, "EXPORT", "iWmo-retourbericht " + naam + " (bericht " + id + ")");
        return new RetourBestand(naam, type == null ? null : type.name(), bericht.getRetour().getBytes(StandardCharsets.UTF_8));
    }

    private IwmoBericht eigenBericht(long id) {
        IwmoBericht bericht = repository.bericht(id).orElseThrow(() -> new NotFoundException("Bericht", id));
        Long gemeente = eigenGemeente();
        if (gemeente != null && !gemeente.equals(bericht.getGemeenteId())) {
            throw new NotFoundException("Bericht", id); // another gemeente's message does not exist for this user
        }
        return bericht;
    }

    /** One WMO301 per client: every file validated against WMO301.xsd before it is returned. */
    public record Wmo301Bestand(String naam, byte[] inhoud) {
    }

    /** The export and how many clients were left out because no BSN or no contact data is known for them. */
    public record Wmo301Export(List<Wmo301Bestand> bestanden, int toewijzingen, int zonderBsn, int zonderContact) {
    }

    /**
     * WMO301 messages for a provider at a gemeente. {@code aanbieder} is the provider's AGB code
     * (8 digits) or its id; an unknown one is 404. BEHEERDER for any gemeente, GEMEENTE for its own
     * (the roles that issue toewijzingen; issue 16, H1). All toewijzingen are read in pages, none is
     * cut off (M9). A client's toewijzingen go into as few messages as TR302 allows.
     */
    public Wmo301Export wmo301(String aanbieder, String gemeenteCode, LocalDate van, LocalDate tot) {
        if (aanbieder == null || aanbieder.isBlank()) {
            throw new DomainException("VERPLICHT", "aanbieder", "Kies de aanbieder (AGB-code of id)");
        }
        String a = aanbieder.strip();
        if (!a.matches("\\d{1,18}")) {
            throw new DomainException("GEEN_GETAL", "aanbieder", "aanbieder is de AGB-code (8 cijfers) of het id van een aanbieder");
        }
        // 8 digits is an AGB code (what a provider is known by in iWmo); anything else is the id.
        Optional<Long> gevonden = a.length() == 8 ? repository.aanbiederMetAgb(a) : repository.aanbiederMetId(Long.parseLong(a));
        long aanbiederId = gevonden.orElseThrow(() -> new NotFoundException("Aanbieder", a));
        Long eigen = eigenGemeente();
        if ((gemeenteCode == null || gemeenteCode.isBlank()) && eigen != null) {
            gemeenteCode = repository.gemeenteCode(eigen).orElse(null);
        }
        if (gemeenteCode == null || gemeenteCode.isBlank()) {
            throw new DomainException("VERPLICHT", "gemeente", "Kies de gemeente (CBS-code, bijvoorbeeld GM0828)");
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            throw new DomainException("PERIODE_ONGELDIG", "tot", "De einddatum ligt voor de begindatum");
        }
        String code = gemeenteCode;
        long gemeenteId = repository.gemeenteMetCode(gemeenteCode.strip().toUpperCase())
                .orElseThrow(() -> new DomainException("GEMEENTE_ONBEKEND", "gemeente", "Geen gemeente met code " + code));
        if (eigen != null && eigen != gemeenteId) {
            throw new GeenToegang("Alleen toewijzingen van de eigen gemeente");
        }
        Map<Long, List<ToewijzingLookup.Toewijzing>> perClient = new LinkedHashMap<>();
        // Issue 13 rule 4: only toewijzingen in a product group the gemeente took part in on their start date
        // (one left behind by a participation ended afterwards is not the gemeente's to assign through the region).
        Map<String, String> groepen = new HashMap<>();
        nl.wmoregio.inkoop.boundary.Deelnames deelnames = levering.deelnames(gemeenteId);
        List<ToewijzingLookup.Toewijzing> alle = toewijzingen.vanAanbieder(aanbiederId, gemeenteId, van, tot).stream()
                .filter(t -> deelnames.neemtDeel(groepen.computeIfAbsent(t.productCode(), levering::productgroep), t.van()))
                .toList();
        for (ToewijzingLookup.Toewijzing t : alle) {
            perClient.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t);
        }
        List<Wmo301Bestand> bestanden = new ArrayList<>();
        int zonderBsn = 0;
        int zonderContact = 0;
        String stempel = Long.toString(LocalDateTime.now().toEpochSecond(ZoneOffset.UTC), 36);
        for (Map.Entry<Long, List<ToewijzingLookup.Toewijzing>> client : perClient.entrySet()) {
            Optional<String> bsn = toewijzingen.bsn(client.getKey());
            if (bsn.isEmpty()) {
                zonderBsn++;
                continue;
            }
            Optional<ToewijzingLookup.Contact> contact = toewijzingen.contact(client.getKey()).filter(ToewijzingLookup.Contact::bruikbaar);
            if (contact.isEmpty()) {
                zonderContact++; // TR006/CD034: no WMO301 without a name and an address or phone
                continue;
            }
            int volgnummer = 0;
            for (List<ToewijzingLookup.Toewijzing> groep : Wmo301Schrijver.zonderStapeling(client.getValue())) {
                String identificatie = (stempel + Long.toString(client.getKey(), 36)) + (volgnummer == 0 ? "" : "-" + volgnummer);
                volgnummer++;
                identificatie = identificatie.length() > 12 ? identificatie.substring(identificatie.length() - 12) : identificatie;
                try {
                    bestanden.add(new Wmo301Bestand("WMO301_" + identificatie + ".xml",
                            Wmo301Schrijver.schrijf(identificatie, Tijd.vandaag(), bsn.get(), contact.get(), groep)));
                    ToewijzingLookup.Toewijzing eerste = groep.get(0);
                    toewijzingen.registreerInzage(eerste.clientPseudoniem(), "EXPORT", "WMO301-toewijzing " + identificatie
                            + " aan aanbieder AGB " + eerste.aanbiederAgb());
                } catch (IwmoXml.XmlFout e) {
                    throw new DomainException("WMO301_ONGELDIG", "aanbieder", "De toewijzing van toewijzingnummer "
                            + groep.get(0).nummer() + " levert geen geldig WMO301-bericht op: " + e.volledig());
                }
            }
        }
        audit.record("Aanbieder", aanbiederId, "WMO301_EXPORT", bestanden.size() + " WMO301-berichten voor " + gemeenteCode
                + " (" + alle.size() + " toewijzingen, " + zonderBsn + " clienten zonder BSN en " + zonderContact
                + " zonder contactgegevens overgeslagen)", null);
        return new Wmo301Export(bestanden, alle.size(), zonderBsn, zonderContact);
    }

    private Verwerking verwerking(IwmoBericht bericht) {
        return JSON.fromJson(bericht.getResultaat(), Verwerking.class);
    }

    /** A GEMEENTE user (without BEHEERDER) works only for the own gemeente; null = all gemeenten. */
    private Long eigenGemeente() {
        return bereik.beperktTot();
    }

    private String gebruiker() {
        return context.getCallerPrincipal() == null ? "systeem" : context.getCallerPrincipal().getName();
    }

    private static String type(String code) {
        Berichttype type = Berichttype.vanCode(code);
        return type == null ? code : type.name();
    }

    private static LocalDateTime tijd(Object o) {
        return o instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : o instanceof LocalDateTime l ? l : null;
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
