package nl.wmoregio.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Dates are Dutch calendar days; timestamps are stored in UTC. */
public final class Tijd {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijd() {
    }

    public static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }

    public static LocalDateTime nuUtc() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
