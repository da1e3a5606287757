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
@RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER})
public class IwmoService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IwmoRepository repository;

    @Inject
    Verwerker verwerker;

    @Inject
    ToewijzingLookup toewijzingen;

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
        Berichten.Header header = Berichten.header(gelezen.document().getDocumentElement());
        long aanbiederId = repository.aanbiederMetAgb(header.afzender()).orElseThrow(() -> new DomainException(
                "AFZENDER_ONBEKEND", "Bericht/Header/Afzender", "Geen aanbieder met AGB-code " + header.afzender()));
        long gemeenteId = repository.gemeenteMetCode(header.ontvanger()).orElseThrow(() -> new DomainException(
                "ONTVANGER_ONBEKEND", "Bericht/Header/Ontvanger", "Geen gemeente met code " + header.ontvanger()));
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
            case WMO323 -> verwerker.declaratie(bericht.getId(), aanbiederId, gemeenteId,
                    Berichten.declaratie(gelezen.document().getDocumentElement()));
            case WMO305 -> verwerker.startStop(aanbiederId, gemeenteId,
                    Berichten.startStop(gelezen.document().getDocumentElement(), false), false, bron(gelezen.type(), header));
            case WMO307 -> verwerker.startStop(aanbiederId, gemeenteId,
                    Berichten.startStop(gelezen.document().getDocumentElement(), true), true, bron(gelezen.type(), header));
            default -> throw new IllegalStateException("niet inkomend: " + gelezen.type());
        };
        int goed = (int) uitkomst.regels().stream().filter(Regelresultaat::goedgekeurd).count();
        int fout = uitkomst.regels().size() - goed;
        Verwerking verwerking = new Verwerking(bericht.getId(), gelezen.type().name(), gelezen.type().code(), header.identificatie(),
                header.afzender(), header.ontvanger(), bericht.getOntvangenOp(), bericht.getOntvangenDoor(), false,
                uitkomst.regels().size(), goed, fout, uitkomst.goedgekeurdBedrag(), uitkomst.berichtcodes(), uitkomst.regels());
        bericht.resultaat(verwerking.regels(), goed, fout, JSON.toJson(verwerking));
        repository.flush();
        audit.record("IwmoBericht", bericht.getId(), "ONTVANGEN", gelezen.type().name() + " " + header.identificatie()
                + " van AGB " + header.afzender() + ": " + goed + " goedgekeurd, " + fout + " afgekeurd", null);
        return verwerking;
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

    @RolesAllowed({Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
    public Verwerking bericht(long id) {
        IwmoBericht bericht = repository.bericht(id).orElseThrow(() -> new NotFoundException("Bericht", id));
        Long gemeente = eigenGemeente();
        if (gemeente != null && !gemeente.equals(bericht.getGemeenteId())) {
            throw new NotFoundException("Bericht", id); // another gemeente's message does not exist for this user
        }
        return verwerking(bericht);
    }

    /** One WMO301 per client: every file validated against WMO301.xsd before it is returned. */
    public record Wmo301Bestand(String naam, byte[] inhoud) {
    }

    /** The export and how many clients were left out because no BSN is known for them. */
    public record Wmo301Export(List<Wmo301Bestand> bestanden, int toewijzingen, int zonderBsn) {
    }

    public Wmo301Export wmo301(Long aanbiederId, String gemeenteCode, LocalDate van, LocalDate tot) {
        if (aanbiederId == null) {
            throw new DomainException("VERPLICHT", "aanbieder", "Kies de aanbieder");
        }
        if (gemeenteCode == null || gemeenteCode.isBlank()) {
            throw new DomainException("VERPLICHT", "gemeente", "Kies de gemeente (CBS-code, bijvoorbeeld GM0828)");
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            throw new DomainException("PERIODE_ONGELDIG", "tot", "De einddatum ligt voor de begindatum");
        }
        long gemeenteId = repository.gemeenteMetCode(gemeenteCode.strip().toUpperCase())
                .orElseThrow(() -> new DomainException("GEMEENTE_ONBEKEND", "gemeente", "Geen gemeente met code " + gemeenteCode));
        Map<Long, List<ToewijzingLookup.Toewijzing>> perClient = new LinkedHashMap<>();
        List<ToewijzingLookup.Toewijzing> alle = toewijzingen.vanAanbieder(aanbiederId, gemeenteId, van, tot);
        for (ToewijzingLookup.Toewijzing t : alle) {
            perClient.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t);
        }
        List<Wmo301Bestand> bestanden = new ArrayList<>();
        int zonderBsn = 0;
        String stempel = Long.toString(LocalDateTime.now().toEpochSecond(ZoneOffset.UTC), 36);
        for (Map.Entry<Long, List<ToewijzingLookup.Toewijzing>> client : perClient.entrySet()) {
            Optional<String> bsn = toewijzingen.bsn(client.getKey());
            if (bsn.isEmpty()) {
                zonderBsn++;
                continue;
            }
            String identificatie = (stempel + Long.toString(client.getKey(), 36));
            identificatie = identificatie.length() > 12 ? identificatie.substring(identificatie.length() - 12) : identificatie;
            try {
                bestanden.add(new Wmo301Bestand("WMO301_" + identificatie + ".xml",
                        Wmo301Schrijver.schrijf(identificatie, Tijd.vandaag(), bsn.get(), client.getValue())));
                ToewijzingLookup.Toewijzing eerste = client.getValue().get(0);
                toewijzingen.registreerInzage(eerste.clientPseudoniem(), "EXPORT", "WMO301-toewijzing " + identificatie
                        + " aan aanbieder AGB " + eerste.aanbiederAgb());
            } catch (IwmoXml.XmlFout e) {
                throw new DomainException("WMO301_ONGELDIG", "aanbieder", "De toewijzing van toewijzingnummer "
                        + client.getValue().get(0).nummer() + " levert geen geldig WMO301-bericht op: " + e.volledig());
            }
        }
        audit.record("Aanbieder", aanbiederId, "WMO301_EXPORT", bestanden.size() + " WMO301-berichten voor " + gemeenteCode
                + " (" + alle.size() + " toewijzingen, " + zonderBsn + " clienten zonder BSN overgeslagen)", null);
        return new Wmo301Export(bestanden, alle.size(), zonderBsn);
    }

    private Verwerking verwerking(IwmoBericht bericht) {
        return JSON.fromJson(bericht.getResultaat(), Verwerking.class);
    }

    /** A GEMEENTE user (without another role) sees only the own gemeente's messages. */
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
