package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.audit.boundary.AuditView;

/** The "Historie" of one object from the audit table (who, when, what, why), for the shared include. */
@Named("auditHistorie")
@RequestScoped
public class HistorieBean {

    static final int MAX = 200;

    @Inject
    AuditService audit;

    private final Map<String, List<AuditView>> gelezen = new HashMap<>();

    public List<AuditView> van(String entiteit, Object id) {
        if (entiteit == null || id == null) {
            return List.of();
        }
        return gelezen.computeIfAbsent(entiteit + "#" + id, k -> audit.history(entiteit, id, MAX));
    }
}
