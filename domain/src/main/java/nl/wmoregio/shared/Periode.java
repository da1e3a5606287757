package nl.wmoregio.shared;

import java.time.LocalDate;

/**
 * A period of whole days, both ends inclusive; an open end (tot == null) runs indefinitely.
 */
public record Periode(LocalDate van, LocalDate tot) {

    public Periode {
        if (van == null) {
            throw new IllegalArgumentException("van is verplicht");
        }
    }

    public boolean isValid() {
        return tot == null || !tot.isBefore(van);
    }

    public boolean overlaps(Periode other) {
        boolean thisStartsBeforeOtherEnds = other.tot == null || !van.isAfter(other.tot);
        boolean otherStartsBeforeThisEnds = tot == null || !other.van.isAfter(tot);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(van) && (tot == null || !day.isAfter(tot));
    }

    /** True when the other period lies completely inside this one. */
    public boolean encloses(Periode other) {
        boolean startsInside = !other.van.isBefore(van);
        boolean endsInside = tot == null || (other.tot != null && !other.tot.isAfter(tot));
        return startsInside && endsInside;
    }
}
