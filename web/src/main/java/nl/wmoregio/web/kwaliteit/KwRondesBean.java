package nl.wmoregio.web.kwaliteit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoregio.kwaliteit.boundary.IndicatorInput;
import nl.wmoregio.kwaliteit.boundary.KwaliteitService;
import nl.wmoregio.kwaliteit.boundary.MethodeInput;
import nl.wmoregio.kwaliteit.boundary.MethodeView;
import nl.wmoregio.kwaliteit.boundary.RondeInput;
import nl.wmoregio.kwaliteit.boundary.RondeView;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/** Monitoring: the rounds, the method versions, a new round and a new method version. */
@Named
@ViewScoped
public class KwRondesBean implements Serializable {

    @Inject
    KwaliteitService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private List<RondeView> rondes;
    private List<MethodeView> methoden;
    private String naam;
    private Long methodeId;
    private LocalDate van;
    private LocalDate tot;
    private String methodeNaam;
    private Integer versie;
    private String omschrijving;
    private String indicatoren;

    public void load() {
        rondes = errors.call(service::rondes, Map.of());
        methoden = errors.call(service::methoden, Map.of());
    }

    public void maakRonde() {
        RondeView r = errors.call(() -> service.nieuweRonde(new RondeInput(naam, methodeId, van, tot, List.of())),
                Map.of("naam", "ronde:naam", "methodeId", "ronde:methode", "van", "ronde:van", "tot", "ronde:tot"));
        if (r != null) {
            errors.info(texts.get("kw.ronde.aangemaakt", r.naam(), r.aanbieders()));
            load();
        }
    }

    /** Indicators one per line: code;thema;omschrijving;min;max;norm[;gekoppeld aan indicator-id]. */
    public void maakMethode() {
        MethodeView m = errors.call(() -> service.nieuweMethode(new MethodeInput(methodeNaam, versie, omschrijving, regels())),
                Map.of("naam", "methode:naam", "versie", "methode:versie", "indicatoren", "methode:indicatoren"));
        if (m != null) {
            errors.info(texts.get("kw.methode.aangemaakt", m.naam(), m.versie()));
            load();
        }
    }

    private List<IndicatorInput> regels() {
        List<IndicatorInput> lijst = new ArrayList<>();
        if (indicatoren == null) {
            return lijst;
        }
        int nummer = 0;
        for (String line : indicatoren.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            nummer++;
            String[] p = line.split(";", -1);
            if (p.length < 6) {
                throw new DomainException("INDICATORREGEL", "indicatoren", "Regel " + nummer
                        + ": verwacht code;thema;omschrijving;min;max;norm[;gekoppeld aan id]");
            }
            try {
                lijst.add(new IndicatorInput(p[0].strip(), p[1].strip(), p[2].strip(), Integer.valueOf(p[3].strip()),
                        Integer.valueOf(p[4].strip()), Integer.valueOf(p[5].strip()),
                        p.length > 6 && !p[6].isBlank() ? Long.valueOf(p[6].strip()) : null));
            } catch (NumberFormatException e) {
                throw new DomainException("INDICATORREGEL", "indicatoren", "Regel " + nummer + ": min, max, norm en koppeling zijn getallen");
            }
        }
        return lijst;
    }

    public List<RondeView> getRondes() { return rondes; }
    public List<MethodeView> getMethoden() { return methoden; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public Long getMethodeId() { return methodeId; }
    public void setMethodeId(Long methodeId) { this.methodeId = methodeId; }
    public LocalDate getVan() { return van; }
    public void setVan(LocalDate van) { this.van = van; }
    public LocalDate getTot() { return tot; }
    public void setTot(LocalDate tot) { this.tot = tot; }
    public String getMethodeNaam() { return methodeNaam; }
    public void setMethodeNaam(String methodeNaam) { this.methodeNaam = methodeNaam; }
    public Integer getVersie() { return versie; }
    public void setVersie(Integer versie) { this.versie = versie; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
    public String getIndicatoren() { return indicatoren; }
    public void setIndicatoren(String indicatoren) { this.indicatoren = indicatoren; }
}
