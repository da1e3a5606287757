package nl.wmoregio.iwmo.boundary;

/**
 * The transport seam for outgoing iWmo messages (issue 15, point 8). Every message the outbox
 * writes (a WMO301 after a new or changed toewijzing) is handed to the one {@code Berichtkanaal}
 * bean, in the transaction that stored it, with its {@link Envelop} and its payload (XML, already
 * valid against its XSD).
 *
 * <p>The in-app implementation ({@code iwmo.control.Uitbakkanaal}) leaves the message in the
 * outbox for the provider to fetch ({@code GET /iwmo/aanbieder/uitbak}). A GGk connector is another
 * CDI bean implementing this interface ({@code @Alternative @Priority(...)}): it sends the payload
 * through the GGk and answers {@link Aflevering#AFGELEVERD}, after which the outbox records the
 * message as fetched (by the connector). Incoming messages need no interface: the connector hands
 * the exact bytes to {@link IwmoService#importeer(byte[])} (idempotent by SHA-256, so redelivery is
 * harmless); a WMO302 in it marks its WMO301 {@code RETOUR_ONTVANGEN}, and the retour to send back
 * on a WMO305/307/323 is {@link IwmoService#retour(long)}.
 */
public interface Berichtkanaal {

    enum Aflevering {
        /** Stays in the outbox (status AANGEMAAKT) until the receiver fetches it. */
        WACHT_OP_OPHALEN,
        /** Handed to the transport: the outbox marks it OPGEHAALD by this channel. */
        AFGELEVERD
    }

    /** A name for the audit trail and {@code iwmo_uitbak.opgehaald_door} ("uitbak", "ggk", ...). */
    String naam();

    /** Delivers one message. Must not keep the payload beyond the transport (it holds the BSN). */
    Aflevering verstuur(Envelop envelop, byte[] inhoud);
}
