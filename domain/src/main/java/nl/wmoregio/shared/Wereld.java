package nl.wmoregio.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The window of the synthetic world (issue 14): the last {@value #VOLLE_JAREN} full calendar
 * years and the current year up to the current month, relative to a date (today for the demo), so
 * a demo started in any year looks current. Pure: every demo seeder and the generator take their
 * years from here instead of hard-coding them.
 *
 * @param eersteMaand January of the first full year
 * @param laatsteMaand the current month (care and indicaties run up to {@code peildatum})
 * @param peildatum "today" of the world: open items have deadlines around it
 */
public record Wereld(YearMonth eersteMaand, YearMonth laatsteMaand, LocalDate peildatum) {

    public static final int VOLLE_JAREN = 4;
    /** The seed of the demo world: the demo seeders of every component take the provider quality effect from it. */
    public static final long DEMO_SEED = 20_220_101L;

    public static Wereld tot(LocalDate vandaag) {
        return new Wereld(YearMonth.of(vandaag.getYear() - VOLLE_JAREN, 1), YearMonth.from(vandaag), vandaag);
    }

    public static Wereld nu() {
        return tot(Tijd.vandaag());
    }

    public int eersteJaar() {
        return eersteMaand.getYear();
    }

    /** The current (partial) year. */
    public int laatsteJaar() {
        return laatsteMaand.getYear();
    }

    /** The last full calendar year: CEO rounds, quality rounds and year reports exist up to it. */
    public int laatsteVolleJaar() {
        return laatsteJaar() - 1;
    }

    public LocalDate begin() {
        return eersteMaand.atDay(1);
    }

    /** The last month with declarations: the month before the current one (a month is declared after it ends). */
    public YearMonth laatsteDeclaratieMaand() {
        return laatsteMaand.minusMonths(1);
    }

    public int maanden() {
        return (laatsteMaand.getYear() - eersteMaand.getYear()) * 12 + laatsteMaand.getMonthValue() - eersteMaand.getMonthValue() + 1;
    }

    /**
     * A provider's quality effect in [-1, 1] (positive: better goals, happier respondents, better
     * scores, fewer signals), the same for every component that draws from the world. Seeded per
     * provider, so it does not depend on the order in which providers are visited.
     */
    public static double kwaliteit(long aanbiederId, long seed) {
        long x = aanbiederId * 0x9E3779B97F4A7C15L ^ seed * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        x ^= x >>> 29;
        // Sum of three uniforms: bell-shaped, most providers near the middle, a few clearly better or worse.
        double a = ((x >>> 11) & 0xFFFFF) / (double) 0xFFFFF;
        double b = ((x >>> 31) & 0xFFFFF) / (double) 0xFFFFF;
        double c = ((x >>> 43) & 0xFFFFF) / (double) 0xFFFFF;
        return (a + b + c) / 1.5 - 1.0;
    }
}
