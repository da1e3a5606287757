package nl.wmoregio.web.toegang;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reason a user stated when finding a client, kept in the session for the client page that
 * opens next (issue 16, L12): the reason used to travel as {@code ?reden=} in the link, and with it
 * into the access log of the server, the proxy and the browser history. At most 50 clients.
 */
@SessionScoped
public class InzageRedenen implements Serializable {

    private static final int MAX = 50;

    private final Map<Long, String> perClient = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > MAX;
        }
    };

    public synchronized void onthoud(long clientId, String reden) {
        if (reden != null && !reden.isBlank()) {
            perClient.put(clientId, reden);
        }
    }

    public synchronized String voor(Long clientId) {
        return clientId == null ? null : perClient.get(clientId);
    }
}
