package nl.wmoregio.web.toegang;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederKeuze;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.toegang.boundary.ContinuiteitRegel;
import nl.wmoregio.toegang.boundary.ContinuiteitService;
import nl.wmoregio.toegang.boundary.IndicatieView;
import nl.wmoregio.toegang.boundary.OvergangInput;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.SessionBean;
import nl.wmoregio.web.platform.faces.Texts;

/** The continuity list (overgangsrecht) and the move of a client to another contracted provider. */
@Named
@ViewScoped
public class ContinuiteitBean implements Serializable {

    static final Map<String, String> VELDEN = Map.of("indicatieId", "verhuis:indicatie", "aanbiederId", "verhuis:aanbieder",
            "per", "verhuis:per");

    @Inject
    ContinuiteitService service;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;
    @Inject
    SessionBean gebruiker;

    private List<ContinuiteitRegel> regels;
    private Long indicatieId;
    private Long aanbiederId;
    private LocalDate per;
    private List<AanbiederKeuze> alternatieven = List.of();

    @PostConstruct
    void laad() {
        regels = errors.call(service::lijst, Map.of());
        if (regels == null) {
            regels = List.of();
        }
    }

    /** The chosen indicatie changed: offer the providers contracted for its product. */
    public void kiesIndicatie() {
        aanbiederId = null;
        alternatieven = List.of();
        regels.stream().filter(r -> r.indicatieId() == (indicatieId == null ? -1 : indicatieId)).findFirst()
                .ifPresent(r -> alternatieven = service.alternatieven(r.productCode()));
    }

    public void verhuis() {
        ContinuiteitRegel regel = regels.stream().filter(r -> indicatieId != null && r.indicatieId() == indicatieId).findFirst().orElse(null);
        if (regel == null) {
            errors.error("verhuis:indicatie", texts.get("continuiteit.kiesIndicatie"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        IndicatieView nieuw = errors.call(() -> service.verhuis(regel.indicatieId(), regel.version(), new OvergangInput(aanbiederId, per)),
                VELDEN);
        if (nieuw != null) {
            errors.info(texts.get("continuiteit.verhuisd", nieuw.aanbiederNaam(), String.valueOf(nieuw.id())));
            indicatieId = null;
            aanbiederId = null;
            per = null;
            alternatieven = List.of();
            laad();
        }
    }

    public boolean isMagVerhuizen() {
        return gebruiker.heeftRol(Rollen.BEHEERDER) || gebruiker.heeftRol(Rollen.GEMEENTE);
    }

    public List<ContinuiteitRegel> getRegels() { return regels; }
    public List<AanbiederKeuze> getAlternatieven() { return alternatieven; }
    public Long getIndicatieId() { return indicatieId; }
    public void setIndicatieId(Long indicatieId) { this.indicatieId = indicatieId; }
    public Long getAanbiederId() { return aanbiederId; }
    public void setAanbiederId(Long aanbiederId) { this.aanbiederId = aanbiederId; }
    public LocalDate getPer() { return per; }
    public void setPer(LocalDate per) { this.per = per; }
}
