package nl.wmoregio.regio.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Periode;

/** The rules for gemeenten and their participation; pure functions, no database. */
public final class GemeenteRules {

    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
    static final int MAX_NAAM = 100;
    static final int MAX_REDEN = 500;

    private GemeenteRules() {
    }

    /** Trims and upper-cases a CBS code and checks its form: GM followed by four digits. */
    public static String cbsCode(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("CBS_CODE_VERPLICHT", field, "CBS-code is verplicht");
        }
        String code = raw.trim().toUpperCase();
        if (!CBS_CODE.matcher(code).matches()) {
            throw new DomainException("CBS_CODE_ONGELDIG", field,
                    "CBS-code moet bestaan uit GM gevolgd door vier cijfers, bijvoorbeeld GM0828");
        }
        return code;
    }

    public static String naam(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("NAAM_VERPLICHT", "naam", "Naam is verplicht");
        }
        String naam = raw.strip();
        if (naam.length() > MAX_NAAM) {
            throw new DomainException("NAAM_TE_LANG", "naam", "Naam mag hoogstens " + MAX_NAAM + " tekens hebben");
        }
        return naam;
    }

    public static LocalDate verplichteDatum(LocalDate datum, String field, String label) {
        if (datum == null) {
            throw new DomainException("DATUM_VERPLICHT", field, label + " is verplicht");
        }
        return datum;
    }

    public static void eindeNaBegin(LocalDate van, LocalDate tot, String field) {
        if (tot != null && tot.isBefore(van)) {
            throw new DomainException("EINDE_VOOR_BEGIN", field, "De einddatum ligt vóór de begindatum");
        }
    }

    public static String reden(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("REDEN_VERPLICHT", "reden", "Geef een reden op voor het beëindigen");
        }
        String reden = raw.strip();
        if (reden.length() > MAX_REDEN) {
            throw new DomainException("REDEN_TE_LANG", "reden", "Reden mag hoogstens " + MAX_REDEN + " tekens hebben");
        }
        return reden;
    }

    /** A participation must lie within the gemeente's own existence. */
    public static void deelnameBinnenGemeente(Periode gemeente, Periode deelname) {
        if (!gemeente.encloses(deelname)) {
            throw new DomainException("DEELNAME_BUITEN_GEMEENTE", "van",
                    "De deelname moet binnen de looptijd van de gemeente liggen (" + beschrijf(gemeente) + ")");
        }
    }

    /** Participation periods of one gemeente in one product group never overlap. */
    public static void geenOverlap(Periode nieuw, Collection<Periode> bestaand, String productgroep) {
        for (Periode andere : bestaand) {
            if (nieuw.overlaps(andere)) {
                throw new DomainException("DEELNAME_OVERLAP", "van",
                        "Deze periode overlapt met de bestaande deelname aan " + productgroep + " ("
                                + beschrijf(andere) + ")");
            }
        }
    }

    /** A gemeente cannot end before a participation of it has started. */
    public static void eindeNaDeelnames(LocalDate einde, Collection<Periode> deelnames) {
        for (Periode deelname : deelnames) {
            if (deelname.van().isAfter(einde)) {
                throw new DomainException("EINDE_VOOR_DEELNAME", "geldigTot",
                        "Er is een deelname die pas na de einddatum begint (" + beschrijf(deelname) + ")");
            }
        }
    }

    static String beschrijf(Periode periode) {
        return periode.van() + " t/m " + (periode.tot() == null ? "onbepaald" : periode.tot());
    }
}
