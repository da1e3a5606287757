package nl.wmoregio.web.toezicht;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekService;
import nl.wmoregio.web.platform.faces.FacesErrors;

/** The printable report of an onderzoek (the same HTML as the REST download, escaped in RapportHtml). */
@Named
@RequestScoped
public class RapportBean {

    @Inject
    OnderzoekService service;
    @Inject
    FacesErrors errors;

    private Long id;
    private OnderzoekDetail detail;

    public void load() {
        if (id != null) {
            detail = errors.call(() -> service.get(id), Map.of());
        }
    }

    public String getHtml() {
        return detail == null ? "" : RapportHtml.inhoud(detail);
    }

    public OnderzoekDetail getDetail() { return detail; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
