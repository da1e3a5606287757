package nl.wmoregio.web.toezicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.wmoregio.toezicht.boundary.MaatregelType;
import nl.wmoregio.toezicht.boundary.MeldingBron;
import nl.wmoregio.toezicht.boundary.MeldingSoort;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.boundary.OnderzoekType;
import nl.wmoregio.toezicht.boundary.Oordeel;
import nl.wmoregio.toezicht.boundary.Organisatie;

/** The code lists of toezicht for select menus (labels come from the tz bundle). */
@Named("tzKeuzes")
@ApplicationScoped
public class Keuzes {

    public List<String> getBronnen() { return namen(MeldingBron.values()); }
    public List<String> getSoorten() { return namen(MeldingSoort.values()); }
    public List<String> getStatussen() { return namen(MeldingStatus.values()); }
    public List<String> getOrganisaties() { return namen(Organisatie.values()); }
    public List<String> getOnderzoekTypes() { return namen(OnderzoekType.values()); }
    public List<String> getOordelen() { return namen(Oordeel.values()); }
    public List<String> getMaatregelTypes() { return namen(MaatregelType.values()); }

    private static List<String> namen(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
