package nl.wmoregio.regio.control;

import java.time.LocalDate;
import java.util.Comparator;
import nl.wmoregio.regio.boundary.DeelnameView;
import nl.wmoregio.regio.boundary.GemeenteDetail;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.regio.boundary.ProductgroepView;
import nl.wmoregio.regio.entity.Deelname;
import nl.wmoregio.regio.entity.Gemeente;
import nl.wmoregio.regio.entity.Productgroep;

/** Entities stay inside the component; callers get these immutable views. */
public final class GemeenteMapper {

    private GemeenteMapper() {
    }

    public static GemeenteView view(Gemeente g, LocalDate vandaag) {
        Gemeente opvolger = g.getOpgevolgdDoor();
        return new GemeenteView(g.getId(), g.getCbsCode(), g.getNaam(), g.getGeldigVan(), g.getGeldigTot(),
                g.isActiefOp(vandaag), opvolger == null ? null : opvolger.getCbsCode(),
                opvolger == null ? null : opvolger.getNaam(), g.getEindeReden(), g.getVersion());
    }

    public static GemeenteDetail detail(Gemeente g, LocalDate vandaag) {
        return new GemeenteDetail(view(g, vandaag), g.getDeelnames().stream()
                .sorted(Comparator.comparing((Deelname d) -> d.getProductgroep().getVolgorde()).thenComparing(Deelname::getVan))
                .map(GemeenteMapper::view)
                .toList());
    }

    public static DeelnameView view(Deelname d) {
        return new DeelnameView(d.getId(), d.getProductgroep().getCode(), d.getProductgroep().getNaam(), d.getVan(), d.getTot());
    }

    public static ProductgroepView view(Productgroep p) {
        return new ProductgroepView(p.getCode(), p.getNaam(), p.getIwmoProductcategorie());
    }
}
