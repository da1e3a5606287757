package nl.wmoregio.iwmo.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The business checks on one WMO323 Prestatie, as pure functions (no database): the caller
 * supplies the toewijzing, the contract tariff of the year and what was already accepted on the
 * same toewijzing. Every failure is a {@link Retour} with the iWmo return code and a Dutch reason.
 */
public final class Declaratiecontrole {

    /** Eenheid 83 (euro's): the amount is the volume; there is no tariff to multiply. */
    public static final String EURO = "83";

    private Declaratiecontrole() {
    }

    /** A failed rule: {@link #code()} is the WJ001 retourcode, {@link #regel()} the rule it comes from. */
    public record Retour(Regel regel, String reden) {
        public String code() {
            return regel.code();
        }
    }

    /** One Prestatie as declared. Amounts in eurocents; tarief null when absent. */
    public record Prestatie(String bsn, String referentie, long toewijzingNummer, String categorie, String productCode,
                            LocalDate begin, LocalDate eind, long volume, String eenheid, Long tarief, long bedrag,
                            boolean credit, String vorigeReferentie) {
        public Prestatie(String bsn, String referentie, long toewijzingNummer, String categorie, String productCode,
                         LocalDate begin, LocalDate eind, long volume, String eenheid, Long tarief, long bedrag, boolean credit) {
            this(bsn, referentie, toewijzingNummer, categorie, productCode, begin, eind, volume, eenheid, tarief, bedrag, credit, null);
        }
    }

    /**
     * The toewijzing a line refers to. productCode null for an aspecifieke toewijzing; volume,
     * eenheid and frequentie null for a generieke (budget) toewijzing.
     */
    public record Toewijzing(long nummer, String categorie, String productCode, String eenheid, Integer volume,
                             String frequentie, Long budgetCent, LocalDate van, LocalDate tot) {
    }

    /**
     * What is already accepted on the toewijzing (earlier messages plus earlier lines of this one):
     * the volume in the line's calendar month, the volume in total and the amount in total.
     */
    public record Eerder(long volumeInMaand, long volumeTotaal, long bedragTotaal) {
        public static final Eerder NIETS = new Eerder(0, 0, 0);
    }

    public static List<Retour> controleer(Prestatie p, Toewijzing t, Long contracttarief, Eerder eerder) {
        return controleer(p, t, contracttarief, eerder, null);
    }

    /**
     * All line checks of a debet Prestatie. {@code declaratieTot}: the last day of the message's
     * DeclaratiePeriode (TR319), or null to skip that check.
     */
    public static List<Retour> controleer(Prestatie p, Toewijzing t, Long contracttarief, Eerder eerder, LocalDate declaratieTot) {
        List<Retour> fouten = new ArrayList<>();
        if (!Bsn.elfproef(p.bsn())) {
            fouten.add(new Retour(Regel.CS002, "Het BSN voldoet niet aan de 11-proef"));
        }
        if (declaratieTot != null && p.eind().isAfter(declaratieTot)) {
            fouten.add(new Retour(Regel.TR319, "ProductPeriode " + p.begin() + " t/m " + p.eind()
                    + " ligt na de DeclaratiePeriode (tot en met " + declaratieTot + ")"));
        }
        fouten.addAll(periode(p.begin(), p.eind(), t));
        fouten.addAll(bedrag(p));
        if (t == null) {
            return fouten;
        }
        if (!p.categorie().equals(t.categorie())) {
            fouten.add(new Retour(Regel.TR339, "ProductCategorie " + p.categorie() + " wijkt af van de toewijzing ("
                    + t.categorie() + ")"));
        }
        if (t.productCode() != null && !p.productCode().equals(t.productCode())) {
            fouten.add(new Retour(Regel.TR340, "ProductCode " + p.productCode() + " wijkt af van de toewijzing ("
                    + t.productCode() + ")"));
        }
        if (t.eenheid() != null && !p.eenheid().equals(t.eenheid())) {
            fouten.add(new Retour(Regel.TR341, "Eenheid " + p.eenheid() + " wijkt af van de toewijzing (" + t.eenheid() + ")"));
        }
        if (t.van() != null && p.begin().isBefore(t.van())) {
            fouten.add(new Retour(Regel.TR307, "Begindatum ProductPeriode " + p.begin() + " ligt voor de ingangsdatum van de toewijzing ("
                    + t.van() + ")"));
        }
        if (t.tot() != null && p.eind().isAfter(t.tot())) {
            fouten.add(new Retour(Regel.TR308, "Einddatum ProductPeriode " + p.eind() + " ligt na de einddatum van de toewijzing ("
                    + t.tot() + ")"));
        }
        if (!EURO.equals(p.eenheid()) && p.tarief() != null) {
            if (contracttarief == null) {
                fouten.add(new Retour(Regel.TR418, "Er is geen contracttarief voor " + p.productCode() + " in "
                        + p.begin().getYear()));
            } else if (p.tarief().longValue() != contracttarief.longValue()) {
                fouten.add(new Retour(Regel.TR418, "ProductTarief " + p.tarief() + " wijkt af van het contracttarief "
                        + contracttarief + " (eurocent) van " + p.begin().getYear()));
            }
        }
        fouten.addAll(volume(p, t, eerder));
        if (t.budgetCent() != null && eerder.bedragTotaal() + p.bedrag() > t.budgetCent()) {
            fouten.add(new Retour(Regel.TR369, "Het budget van de toewijzing (" + t.budgetCent() + " eurocent) wordt overschreden: "
                    + "al " + eerder.bedragTotaal() + " plus " + p.bedrag()));
        }
        return fouten;
    }

    /** TR387/TR388 without a toewijzing (no exception can apply). */
    public static List<Retour> periode(LocalDate begin, LocalDate eind) {
        return periode(begin, eind, null);
    }

    /**
     * TR387: the period starts on the 1st of a month, unless the toewijzing starts later in that
     * month; TR388: it ends on the last day of that same month, unless the toewijzing ends earlier
     * in that month (the first and last partial month of a mid-month toewijzing).
     */
    public static List<Retour> periode(LocalDate begin, LocalDate eind, Toewijzing t) {
        List<Retour> fouten = new ArrayList<>();
        java.time.YearMonth maand = java.time.YearMonth.from(begin);
        boolean toewijzingBegintLater = t != null && t.van() != null && java.time.YearMonth.from(t.van()).equals(maand)
                && t.van().getDayOfMonth() > 1;
        if (begin.getDayOfMonth() != 1 && !toewijzingBegintLater) {
            fouten.add(new Retour(Regel.TR387, "ProductPeriode moet op de eerste dag van een kalendermaand beginnen (begint "
                    + begin + "), tenzij de toewijzing later in die maand ingaat"));
        }
        LocalDate laatste = begin.with(TemporalAdjusters.lastDayOfMonth());
        boolean toewijzingEindigtEerder = t != null && t.tot() != null && java.time.YearMonth.from(t.tot()).equals(maand)
                && t.tot().isBefore(laatste);
        boolean zelfdeMaand = java.time.YearMonth.from(eind).equals(maand);
        if (!zelfdeMaand || (!eind.equals(laatste) && !toewijzingEindigtEerder)) {
            fouten.add(new Retour(Regel.TR388, "ProductPeriode moet op de laatste dag van dezelfde kalendermaand eindigen (eindigt "
                    + eind + "), tenzij de toewijzing eerder in die maand eindigt"));
        }
        return fouten;
    }

    /** CS340: the DeclaratiePeriode is exactly one calendar month. */
    public static boolean kalendermaand(LocalDate van, LocalDate tot) {
        return van.getDayOfMonth() == 1 && tot.equals(van.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** TR346: amount = volume x tarief, unless the eenheid is euro's (83). */
    public static List<Retour> bedrag(Prestatie p) {
        if (EURO.equals(p.eenheid())) {
            return List.of();
        }
        if (p.tarief() == null) {
            return List.of(new Retour(Regel.TR346, "ProductTarief ontbreekt; bij eenheid " + p.eenheid()
                    + " moet IngediendBedrag = GeleverdVolume x ProductTarief"));
        }
        long verwacht = p.volume() * p.tarief();
        if (verwacht != p.bedrag()) {
            return List.of(new Retour(Regel.TR346, "IngediendBedrag " + p.bedrag() + " is niet GeleverdVolume x ProductTarief ("
                    + p.volume() + " x " + p.tarief() + " = " + verwacht + ")"));
        }
        return List.of();
    }

    /**
     * TR321: the volume in the period (plus what was accepted in the same month) exceeds the volume
     * allocated per day/week/month. TR322: a total allocation (frequentie 6) is exceeded in total.
     */
    public static List<Retour> volume(Prestatie p, Toewijzing t, Eerder eerder) {
        if (t.volume() == null || t.frequentie() == null) {
            return List.of();
        }
        if ("6".equals(t.frequentie())) {
            long totaal = eerder.volumeTotaal() + p.volume();
            return totaal > t.volume() ? List.of(new Retour(Regel.TR322, "Het totaal gedeclareerde volume (" + totaal
                    + ") is groter dan het toegewezen volume binnen de geldigheidsduur (" + t.volume() + ")")) : List.of();
        }
        long toegestaan = toegestaan(t.volume(), t.frequentie(), p.begin(), p.eind());
        long gedeclareerd = eerder.volumeInMaand() + p.volume();
        return gedeclareerd > toegestaan ? List.of(new Retour(Regel.TR321, "Het gedeclareerde volume (" + gedeclareerd
                + ") is groter dan het toegewezen volume voor deze periode (" + toegestaan + ")")) : List.of();
    }

    /** The allocated volume over a period for frequentie 1 (per dag), 2 (per week) or 4 (per maand). */
    public static long toegestaan(long volume, String frequentie, LocalDate begin, LocalDate eind) {
        long dagen = ChronoUnit.DAYS.between(begin, eind) + 1;
        return switch (frequentie) {
            case "1" -> volume * dagen;
            case "2" -> (volume * dagen + 6) / 7;
            case "4" -> volume * (ChronoUnit.MONTHS.between(begin.withDayOfMonth(1), eind.withDayOfMonth(1)) + 1);
            default -> volume;
        };
    }
}
