package nl.wmoregio.web.ceo;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.ceo.boundary.CeoRondeInput;
import nl.wmoregio.ceo.boundary.CeoRondeView;
import nl.wmoregio.ceo.boundary.CeoService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** CEO round set-up: the rounds the user may see, a new round, drawing the sample. */
@Named
@ViewScoped
public class CeoRondesBean implements Serializable {

    @Inject
    CeoService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private List<CeoRondeView> rondes;
    private List<GemeenteView> keuze;
    private String gemeente;
    private Integer jaar;
    private Integer omvang = 400;
    private Long seed;

    public void load() {
        rondes = errors.call(() -> service.rondes(null), Map.of());
        if (keuze == null) {
            keuze = errors.call(service::gemeenten, Map.of());
        }
    }

    public List<GemeenteView> getGemeenten() {
        return keuze;
    }

    public void maak() {
        CeoRondeView r = errors.call(() -> service.nieuweRonde(new CeoRondeInput(gemeente, jaar, omvang, seed)),
                Map.of("gemeenteCbsCode", "nieuw:gemeente", "jaar", "nieuw:jaar", "omvang", "nieuw:omvang"));
        if (r != null) {
            errors.info(texts.get("ceo.ronde.aangemaakt", r.gemeenteNaam(), r.jaar()));
            load();
        }
    }

    public void trek(CeoRondeView ronde) {
        CeoRondeView r = errors.call(() -> service.trekSteekproef(ronde.id(), ronde.version()), Map.of());
        if (r != null) {
            errors.info(texts.get("ceo.steekproef.getrokken", r.steekproef(), r.populatie(), r.gemeenteNaam(), r.jaar()));
        }
        load();
    }

    public List<CeoRondeView> getRondes() { return rondes; }
    public String getGemeente() { return gemeente; }
    public void setGemeente(String gemeente) { this.gemeente = gemeente; }
    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Integer getOmvang() { return omvang; }
    public void setOmvang(Integer omvang) { this.omvang = omvang; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
}
