package nl.wmoregio.iwmo.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The envelope of one iWmo message, apart from its payload (the XML): what the Gemeentelijk
 * Gegevensknooppunt (GGk) routes on and what a connector reconciles by (issue 15, point 8).
 *
 * @param berichttype          WMO301, WMO302, ...
 * @param berichtcode          COD002 code (414 = WMO301)
 * @param afzender             gemeente code (4 digits, as in the header) or the provider's AGB code
 * @param ontvanger            the provider's AGB code or the gemeente code
 * @param berichtIdentificatie Header/BerichtIdentificatie/Identificatie of the payload
 * @param dagtekening          Header/BerichtIdentificatie/Dagtekening of the payload
 * @param status               AANGEMAAKT, OPGEHAALD or RETOUR_ONTVANGEN (outbox); null for a message not in the outbox
 * @param aangemaaktOp         when the message was written (UTC)
 * @param opgehaaldOp          when the receiver (or a connector) took it (UTC), or null
 * @param retourOp             when its retour (e.g. the WMO302) came in (UTC), or null
 */
public record Envelop(String berichttype, String berichtcode, String afzender, String ontvanger, String berichtIdentificatie,
                      LocalDate dagtekening, String status, LocalDateTime aangemaaktOp, LocalDateTime opgehaaldOp,
                      LocalDateTime retourOp) {
}
