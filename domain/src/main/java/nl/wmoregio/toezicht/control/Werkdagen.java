package nl.wmoregio.toezicht.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days for the reporting deadline: Monday to Friday, without the Dutch public holidays
 * (Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag in lustrum years, Hemelvaartsdag,
 * Tweede Pinksterdag, Kerst). Goede Vrijdag is no general holiday and counts as a working day.
 */
public final class Werkdagen {

    private Werkdagen() {
    }

    /** Working days after {@code van} up to and including {@code tot}; 0 when tot is not after van. */
    public static int tussen(LocalDate van, LocalDate tot) {
        int dagen = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
                dagen++;
            }
        }
        return dagen;
    }

    public static boolean isWerkdag(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !isFeestdag(d);
    }

    static boolean isFeestdag(LocalDate d) {
        MonthDay md = MonthDay.from(d);
        if (Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26)).contains(md)) {
            return true;
        }
        LocalDate koningsdag = LocalDate.of(d.getYear(), 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        if (d.equals(koningsdag) || (d.getYear() % 5 == 0 && md.equals(MonthDay.of(5, 5)))) {
            return true;
        }
        LocalDate pasen = pasen(d.getYear());
        return d.equals(pasen.plusDays(1)) || d.equals(pasen.plusDays(39)) || d.equals(pasen.plusDays(50));
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
