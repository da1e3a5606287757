package nl.wmoregio.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The one age-band and segment rule (issue 13 rule 8, seed 001): bands 18-23, 24-54, 55-75 and
 * 75+ (under 18: 0-17), taken at a given date (the indicatie's date, not today). Only the birth
 * year is stored, so the age on a date is {@code year(date) - birth year}. The seed's bands touch at
 * 75; here 75 belongs to 75+ (segment 3, "elderly, 75+"), so 55-75 holds ages 55 to 74.
 * Segments: 1B only 18-23, 3 only 75+; 1A and 2 any adult age. Pure; in {@code shared} so every
 * component (toegang, sturing/scenarios) and the warehouse can use the same definition.
 */
public final class Leeftijdsklassen {

    public static final List<String> KLASSEN = List.of("0-17", "18-23", "24-54", "55-75", "75+");

    private Leeftijdsklassen() {
    }

    public static int leeftijd(int geboortejaar, LocalDate peildatum) {
        return peildatum.getYear() - geboortejaar;
    }

    public static String klasse(int leeftijd) {
        if (leeftijd < 18) {
            return "0-17";
        }
        if (leeftijd <= 23) {
            return "18-23";
        }
        if (leeftijd <= 54) {
            return "24-54";
        }
        if (leeftijd < 75) {
            return "55-75";
        }
        return "75+";
    }

    public static String klasse(int geboortejaar, LocalDate peildatum) {
        return klasse(leeftijd(geboortejaar, peildatum));
    }

    /** True when the segment fits the age: 1B only 18-23, 3 only 75+. */
    public static boolean segmentPast(String segment, int leeftijd) {
        return switch (segment == null ? "" : segment) {
            case "1B" -> leeftijd >= 18 && leeftijd <= 23;
            case "3" -> leeftijd >= 75;
            default -> true;
        };
    }

    /** Refuses (code SEGMENT_PAST_NIET_BIJ_LEEFTIJD, on {@code veld}) a segment that does not fit the age on the date. */
    public static void controleerSegment(String segment, int geboortejaar, LocalDate peildatum, String veld) {
        int leeftijd = leeftijd(geboortejaar, peildatum);
        if (!segmentPast(segment, leeftijd)) {
            throw new DomainException("SEGMENT_PAST_NIET_BIJ_LEEFTIJD", veld, "Segment " + segment + " past niet bij leeftijd "
                    + leeftijd + " op " + peildatum + ": 1B is alleen voor 18 tot en met 23 jaar, 3 alleen voor 75 jaar en ouder");
        }
    }
}
