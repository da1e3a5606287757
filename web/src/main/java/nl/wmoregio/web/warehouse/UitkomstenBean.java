package nl.wmoregio.web.warehouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.wmoregio.sturing.boundary.SturingUitkomsten;

/** Sturing: the warehouse tables that had no screen (concentration, providers without clients, CEO per provider, outflow per reason). */
@Named
@ViewScoped
public class UitkomstenBean implements Serializable {

    @Inject
    SturingUitkomsten uitkomsten;

    private Integer jaar;
    private List<Integer> jaren;
    private List<SturingUitkomsten.Concentratie> concentratie;
    private List<SturingUitkomsten.ZonderClienten> zonderClienten;
    private List<SturingUitkomsten.CeoAanbieder> ceo;
    private List<SturingUitkomsten.UitstroomReden> uitstroom;

    public void laad() {
        jaren = uitkomsten.jaren();
        if (jaar == null && !jaren.isEmpty()) {
            jaar = jaren.get(0);
        }
        concentratie = uitkomsten.concentratie(jaar);
        zonderClienten = uitkomsten.zonderClienten(jaar);
        ceo = uitkomsten.ceoPerAanbieder(jaar);
        uitstroom = uitkomsten.uitstroomPerReden(jaar);
    }

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public List<Integer> getJaren() { return jaren; }
    public List<SturingUitkomsten.Concentratie> getConcentratie() { return concentratie; }
    public List<SturingUitkomsten.ZonderClienten> getZonderClienten() { return zonderClienten; }
    public List<SturingUitkomsten.CeoAanbieder> getCeo() { return ceo; }
    public List<SturingUitkomsten.UitstroomReden> getUitstroom() { return uitstroom; }

    public String euro(long cent) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        return "€ " + EuroBedrag.tekst(cent, fc == null || fc.getViewRoot() == null ? null : fc.getViewRoot().getLocale());
    }
}
