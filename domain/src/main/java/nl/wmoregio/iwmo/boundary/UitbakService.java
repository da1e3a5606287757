package nl.wmoregio.iwmo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.iwmo.control.Berichttype;
import nl.wmoregio.iwmo.control.IwmoRepository;
import nl.wmoregio.iwmo.control.Uitbakvuller;
import nl.wmoregio.shared.GeenToegang;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.IndicatieGewijzigd;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * The WMO301 outbox at the moment of change and the provider's side of it (issue 15, point 6).
 * A new, changed or ended indicatie (toegang's {@link IndicatieGewijzigd} event, in the change's
 * transaction) puts the client's WMO301 in the outbox of that provider; a provider account
 * (AANBIEDER, bound to one provider by {@code gebruiker.aanbieder_id}) fetches its own pending
 * messages, which marks them OPGEHAALD; its WMO302 marks them RETOUR_ONTVANGEN (see
 * {@link IwmoService#importeer(byte[])}).
 */
@Stateless
public class UitbakService {

    private static final Logger LOG = Logger.getLogger(UitbakService.class.getName());
    private static final Pattern TOEWIJZINGNUMMER = Pattern.compile("ToewijzingNummer>(\\d{1,18})<");
    /** At most this many messages per fetch: the provider calls again until the list is empty. */
    public static final int PER_KEER = 100;

    @Inject
    Uitbakvuller vuller;

    @Inject
    IwmoRepository repository;

    @Inject
    ToewijzingLookup toewijzingen;

    @Inject
    Bereik bereik;

    @Inject
    AuditService audit;

    /** One fetched message: its envelope and the payload (WMO301 XML, valid against WMO301.xsd). */
    public record UitgaandBericht(long id, Envelop envelop, String inhoud) {
    }

    /**
     * The change's transaction writes the WMO301 too: the indicatie and its message commit together.
     * A message that would not validate is left out and logged (the indicatie change stands; the
     * catch-up at the gemeente's next look at the outbox reports it as an error).
     */
    @PermitAll
    public void opIndicatieGewijzigd(@Observes IndicatieGewijzigd event) {
        vul(event.aanbiederId(), event.gemeenteId(), event.clientId(), event.indicatieId());
        if (event.vorigeAanbiederId() != null) {
            vul(event.vorigeAanbiederId(), event.gemeenteId(), event.clientId(), event.indicatieId());
        }
    }

    private void vul(long aanbiederId, long gemeenteId, long clientId, long indicatieId) {
        Uitbakvuller.Resultaat r = vuller.vulClient(aanbiederId, gemeenteId, clientId);
        if (r.fout() != null) {
            LOG.warning(() -> "Geen WMO301 in de uitbak na wijziging van indicatie " + indicatieId + ": " + r.fout());
        }
    }

    /**
     * The caller's provider's messages not fetched yet, oldest first, at most {@value #PER_KEER};
     * each is marked OPGEHAALD and, as the BSN leaves, logged per client (client_inzage EXPORT).
     */
    @RolesAllowed(Rollen.AANBIEDER)
    public List<UitgaandBericht> ophalen() {
        Long aanbiederId = bereik.aanbieder();
        if (aanbiederId == null) {
            throw new GeenToegang("Dit account hoort bij geen aanbieder");
        }
        List<UitgaandBericht> berichten = new ArrayList<>();
        Set<Long> nummers = new LinkedHashSet<>();
        LocalDateTime nu = Tijd.nuUtc();
        for (Object[] r : repository.wachtend(aanbiederId, PER_KEER)) {
            long id = ((Number) r[0]).longValue();
            String xml = (String) r[2];
            repository.opgehaald(id, bereik.gebruiker());
            String cbs = (String) r[4];
            Berichttype type = Berichttype.vanCode((String) r[6]);
            berichten.add(new UitgaandBericht(id, new Envelop(type == null ? null : type.name(), (String) r[6],
                    cbs != null && cbs.startsWith("GM") ? cbs.substring(2) : cbs, (String) r[5], (String) r[1],
                    dagtekening(xml), "OPGEHAALD", tijd(r[3]), nu, null), xml));
            Matcher m = TOEWIJZINGNUMMER.matcher(xml);
            while (m.find()) {
                nummers.add(Long.valueOf(m.group(1)));
            }
        }
        if (!berichten.isEmpty()) {
            toewijzingen.registreerInzageToewijzingen(nummers, "EXPORT", "WMO301 uit de uitbak opgehaald door de aanbieder");
            audit.record("Aanbieder", aanbiederId, "WMO301_OPGEHAALD", berichten.size() + " WMO301-berichten opgehaald: "
                    + String.join(", ", berichten.stream().map(b -> b.envelop().berichtIdentificatie()).toList()), null);
        }
        return berichten;
    }

    private static java.time.LocalDate dagtekening(String xml) {
        Matcher m = Pattern.compile("Dagtekening>(\\d{4}-\\d{2}-\\d{2})<").matcher(xml);
        return m.find() ? java.time.LocalDate.parse(m.group(1)) : null;
    }

    private static LocalDateTime tijd(Object o) {
        return o instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : o instanceof LocalDateTime l ? l : null;
    }
}
