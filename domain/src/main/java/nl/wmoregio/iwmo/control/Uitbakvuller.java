package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.iwmo.boundary.Berichtkanaal;
import nl.wmoregio.iwmo.boundary.Envelop;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * Puts WMO301 messages in the outbox (issue 15, point 6): for a client whose toewijzingen at a
 * provider differ from what its last outbox message stated (the kenmerk), a new WMO301 (split per
 * TR302), validated against WMO301.xsd, stored as AANGEMAAKT and handed to the {@link Berichtkanaal}.
 * Called for one client when an indicatie changes (the toegang event) and for a whole provider as
 * a catch-up when the gemeente looks at the outbox.
 */
@Dependent
public class Uitbakvuller {

    /** Makes BerichtIdentificaties unique within one millisecond. */
    private static final AtomicLong TELLER = new AtomicLong();

    @Inject
    IwmoRepository repository;

    @Inject
    ToewijzingLookup toewijzingen;

    @Inject
    AuditService audit;

    @Inject
    Berichtkanaal kanaal;

    /** nieuw = messages written; overgeslagen = clients without BSN or contact data; fout = the first XSD failure, or null. */
    public record Resultaat(int nieuw, int overgeslagen, String fout) {
    }

    /** Catch-up for every client of the provider at the gemeente. */
    public Resultaat vul(long aanbiederId, long gemeenteId) {
        Map<Long, List<ToewijzingLookup.Toewijzing>> perClient = new LinkedHashMap<>();
        for (ToewijzingLookup.Toewijzing t : toewijzingen.vanAanbieder(aanbiederId, gemeenteId, null, null)) {
            perClient.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t);
        }
        return vul(aanbiederId, gemeenteId, perClient);
    }

    /** One client (after a change of one of its indicaties). */
    public Resultaat vulClient(long aanbiederId, long gemeenteId, long clientId) {
        List<ToewijzingLookup.Toewijzing> lijst = toewijzingen.vanClient(clientId, aanbiederId, gemeenteId);
        return vul(aanbiederId, gemeenteId, lijst.isEmpty() ? Map.of() : Map.of(clientId, lijst));
    }

    private Resultaat vul(long aanbiederId, long gemeenteId, Map<Long, List<ToewijzingLookup.Toewijzing>> perClient) {
        int nieuw = 0;
        int overgeslagen = 0;
        String fout = null;
        for (Map.Entry<Long, List<ToewijzingLookup.Toewijzing>> client : perClient.entrySet()) {
            String kenmerk = kenmerk(client.getValue());
            if (repository.laatsteKenmerk(aanbiederId, gemeenteId, client.getKey()).filter(kenmerk::equals).isPresent()) {
                continue;
            }
            Optional<String> bsn = toewijzingen.bsn(client.getKey());
            Optional<ToewijzingLookup.Contact> contact = toewijzingen.contact(client.getKey()).filter(ToewijzingLookup.Contact::bruikbaar);
            if (bsn.isEmpty() || contact.isEmpty()) {
                overgeslagen++; // TR006/CD034: no WMO301 without a BSN, a name and an address or phone
                continue;
            }
            for (List<ToewijzingLookup.Toewijzing> groep : Wmo301Schrijver.zonderStapeling(client.getValue())) {
                String identificatie = identificatie();
                byte[] xml;
                try {
                    xml = Wmo301Schrijver.schrijf(identificatie, Tijd.vandaag(), bsn.get(), contact.get(), groep);
                } catch (IwmoXml.XmlFout e) {
                    fout = fout != null ? fout : "De toewijzing van toewijzingnummer " + groep.get(0).nummer()
                            + " levert geen geldig WMO301-bericht op: " + e.volledig();
                    continue;
                }
                repository.inUitbak(aanbiederId, gemeenteId, client.getKey(), identificatie, kenmerk, new String(xml, StandardCharsets.UTF_8));
                ToewijzingLookup.Toewijzing eerste = groep.get(0);
                Envelop envelop = new Envelop(Berichttype.WMO301.name(), Berichttype.WMO301.code(), eerste.gemeenteCode(),
                        eerste.aanbiederAgb(), identificatie, Tijd.vandaag(), "AANGEMAAKT", Tijd.nuUtc(), null, null);
                if (kanaal.verstuur(envelop, xml) == Berichtkanaal.Aflevering.AFGELEVERD) {
                    repository.uitbakId(aanbiederId, identificatie).ifPresent(id -> repository.opgehaald(id, "kanaal " + kanaal.naam()));
                }
                nieuw++;
            }
        }
        if (nieuw > 0 || overgeslagen > 0) {
            audit.record("Aanbieder", aanbiederId, "WMO301_UITBAK", nieuw + " WMO301-berichten in de uitbak (gemeente " + gemeenteId
                    + ", kanaal " + kanaal.naam() + "), " + overgeslagen + " clienten zonder BSN of contactgegevens overgeslagen", null);
        }
        return new Resultaat(nieuw, overgeslagen, fout);
    }

    /** U + the time in base 36 (8) + a counter (3): 12 characters, the maximum of the header. */
    static String identificatie() {
        String tijd = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String teller = Long.toString(TELLER.getAndIncrement() % (36 * 36 * 36), 36).toUpperCase();
        String id = "U" + tijd + "000".substring(teller.length()) + teller;
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** What the provider was told: the toewijzingen as written in a WMO301 (not the provider's own start/stop). */
    public static String kenmerk(List<ToewijzingLookup.Toewijzing> lijst) {
        StringBuilder s = new StringBuilder();
        for (ToewijzingLookup.Toewijzing t : lijst) {
            s.append(t.nummer()).append('|').append(t.categorie()).append('|').append(t.productCode()).append('|').append(t.eenheid())
                    .append('|').append(t.volume()).append('|').append(t.frequentie()).append('|').append(t.budgetCent()).append('|')
                    .append(t.van()).append('|').append(t.tot()).append('|').append(t.redenWijziging()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
