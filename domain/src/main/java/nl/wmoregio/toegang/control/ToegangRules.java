package nl.wmoregio.toegang.control;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.Keuzes;

/** Input rules of the toegang component; each refusal names the field. */
public final class ToegangRules {

    private ToegangRules() {
    }

    public static int geboortejaar(Integer jaar) {
        int huidig = Tijd.vandaag().getYear();
        if (jaar == null) {
            throw new DomainException("GEBOORTEJAAR_VERPLICHT", "geboortejaar", "Geboortejaar is verplicht");
        }
        if (jaar < 1900 || jaar > huidig) {
            throw new DomainException("GEBOORTEJAAR_ONGELDIG", "geboortejaar", "Geboortejaar moet tussen 1900 en " + huidig + " liggen");
        }
        return jaar;
    }

    public static String keuze(String waarde, List<String> toegestaan, String field, String naam) {
        String w = waarde == null ? null : waarde.strip().toUpperCase();
        if (w == null || w.isEmpty()) {
            throw new DomainException(field.toUpperCase() + "_VERPLICHT", field, naam + " is verplicht");
        }
        if (!toegestaan.contains(w)) {
            throw new DomainException(field.toUpperCase() + "_ONBEKEND", field, naam + " moet een van " + String.join(", ", toegestaan) + " zijn");
        }
        return w;
    }

    public static String segment(String segment) {
        return keuze(segment, Keuzes.SEGMENTEN, "segment", "Segment");
    }

    public static String tekst(String waarde, String field, String naam, int max, boolean verplicht) {
        String w = waarde == null ? null : waarde.strip();
        if (w == null || w.isEmpty()) {
            if (verplicht) {
                throw new DomainException(field.toUpperCase() + "_VERPLICHT", field, naam + " is verplicht");
            }
            return null;
        }
        if (w.length() > max) {
            throw new DomainException("TE_LANG", field, naam + " mag hoogstens " + max + " tekens hebben");
        }
        return w;
    }

    public static LocalDate datum(LocalDate datum, String field, String naam) {
        if (datum == null) {
            throw new DomainException(field.toUpperCase() + "_VERPLICHT", field, naam + " is verplicht");
        }
        return datum;
    }

    public static void eindeNaBegin(LocalDate van, LocalDate tot, String field) {
        if (tot != null && tot.isBefore(van)) {
            throw new DomainException("EINDE_VOOR_BEGIN", field, "De einddatum ligt voor de begindatum");
        }
    }

    /** The stated reason a TOEZICHTHOUDER must give to open a client (tied to an onderzoek). */
    public static String reden(String reden) {
        String r = reden == null ? null : reden.strip();
        if (r == null || r.length() < 5) {
            throw new DomainException("REDEN_VERPLICHT", "reden",
                    "Geef de reden (het onderzoek) waarvoor u deze cliënt inziet, minstens 5 tekens");
        }
        if (r.length() > 400) {
            throw new DomainException("TE_LANG", "reden", "De reden mag hoogstens 400 tekens hebben");
        }
        return r;
    }

    /** The seed-001 band today (for display); rules use {@link nl.wmoregio.shared.Leeftijdsklassen} at the indicatie's date. */
    public static String leeftijdsklasse(int geboortejaar) {
        return nl.wmoregio.shared.Leeftijdsklassen.klasse(geboortejaar, Tijd.vandaag());
    }
}
