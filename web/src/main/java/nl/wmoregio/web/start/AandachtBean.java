package nl.wmoregio.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The start page "Wat vraagt mijn aandacht": one count per kind the user's roles may see, each with its list. */
@Named("aandacht")
@RequestScoped
public class AandachtBean {

    /** One count on the start page; {@code volgt}: not available yet (marked place). */
    public record Punt(Soort soort, String sleutel, long aantal, String url, boolean volgt) {
    }

    @Inject
    AandachtBron bron;

    private List<Punt> punten;

    public List<Punt> getPunten() {
        if (punten == null) {
            punten = new ArrayList<>();
            for (Soort soort : Soort.values()) {
                if (!bron.zichtbaar(soort)) {
                    continue;
                }
                if (soort.volgt()) {
                    punten.add(new Punt(soort, soort.sleutel(), 0, null, true));
                } else {
                    punten.add(new Punt(soort, soort.sleutel(), bron.tel(soort), "aandacht.xhtml?soort=" + soort.name(), false));
                }
            }
        }
        return punten;
    }
}
