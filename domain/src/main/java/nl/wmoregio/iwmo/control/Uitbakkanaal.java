package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wmoregio.iwmo.boundary.Berichtkanaal;
import nl.wmoregio.iwmo.boundary.Envelop;

/**
 * The in-app transport: no push at all. The message stays in {@code iwmo_uitbak} until the provider
 * fetches it over REST. A GGk connector replaces this bean (see {@link Berichtkanaal}).
 */
@ApplicationScoped
public class Uitbakkanaal implements Berichtkanaal {

    @Override
    public String naam() {
        return "uitbak";
    }

    @Override
    public Aflevering verstuur(Envelop envelop, byte[] inhoud) {
        return Aflevering.WACHT_OP_OPHALEN;
    }
}
