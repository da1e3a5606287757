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

    public record Retour(String code, String reden) {
    }

    /** One Prestatie as declared. Amounts in eurocents; tarief null when absent. */
    public record Prestatie(String bsn, String referentie, long toewijzingNummer, String categorie, String productCode,
                            LocalDate begin, LocalDate eind, long volume, String eenheid, Long tarief, long bedrag,
                            boolean credit) {
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
        List<Retour> fouten = new ArrayList<>();
        if (!Bsn.elfproef(p.bsn())) {
            fouten.add(new Retour("CS002", "Het BSN voldoet niet aan de 11-proef"));
        }
        fouten.addAll(periode(p.begin(), p.eind()));
        fouten.addAll(bedrag(p));
        if (t == null) {
            return fouten;
        }
        if (!p.categorie().equals(t.categorie())) {
            fouten.add(new Retour("TR339", "ProductCategorie " + p.categorie() + " wijkt af van de toewijzing ("
                    + t.categorie() + ")"));
        }
        if (t.productCode() != null && !p.productCode().equals(t.productCode())) {
            fouten.add(new Retour("TR340", "ProductCode " + p.productCode() + " wijkt af van de toewijzing ("
                    + t.productCode() + ")"));
        }
        if (t.eenheid() != null && !p.eenheid().equals(t.eenheid())) {
            fouten.add(new Retour("TR341", "Eenheid " + p.eenheid() + " wijkt af van de toewijzing (" + t.eenheid() + ")"));
        }
        if (t.van() != null && (p.begin().isBefore(t.van()) || (t.tot() != null && p.eind().isAfter(t.tot())))) {
            fouten.add(new Retour("WR03", "ProductPeriode " + p.begin() + " t/m " + p.eind()
                    + " valt buiten de toewijzing (" + t.van() + " t/m " + (t.tot() == null ? "open" : t.tot()) + ")"));
        }
        if (!EURO.equals(p.eenheid()) && p.tarief() != null) {
            if (contracttarief == null) {
                fouten.add(new Retour("TR418", "Er is geen contracttarief voor " + p.productCode() + " in "
                        + p.begin().getYear()));
            } else if (p.tarief().longValue() != contracttarief.longValue()) {
                fouten.add(new Retour("TR418", "ProductTarief " + p.tarief() + " wijkt af van het contracttarief "
                        + contracttarief + " (eurocent) van " + p.begin().getYear()));
            }
        }
        fouten.addAll(volume(p, t, eerder));
        if (t.budgetCent() != null && eerder.bedragTotaal() + p.bedrag() > t.budgetCent()) {
            fouten.add(new Retour("TR369", "Het budget van de toewijzing (" + t.budgetCent() + " eurocent) wordt overschreden: "
                    + "al " + eerder.bedragTotaal() + " plus " + p.bedrag()));
        }
        return fouten;
    }

    /** TR387: the period starts on the 1st of a month; TR388: it ends on the last day of that same month. */
    public static List<Retour> periode(LocalDate begin, LocalDate eind) {
        List<Retour> fouten = new ArrayList<>();
        if (begin.getDayOfMonth() != 1) {
            fouten.add(new Retour("TR387", "ProductPeriode moet op de eerste dag van een kalendermaand beginnen (begint "
                    + begin + ")"));
        }
        if (!eind.equals(begin.with(TemporalAdjusters.lastDayOfMonth()))) {
            fouten.add(new Retour("TR388", "ProductPeriode moet op de laatste dag van dezelfde kalendermaand eindigen (eindigt "
                    + eind + ")"));
        }
        return fouten;
    }

    /** TR346: amount = volume x tarief, unless the eenheid is euro's (83). */
    public static List<Retour> bedrag(Prestatie p) {
        if (EURO.equals(p.eenheid())) {
            return List.of();
        }
        if (p.tarief() == null) {
            return List.of(new Retour("TR346", "ProductTarief ontbreekt; bij eenheid " + p.eenheid()
                    + " moet IngediendBedrag = GeleverdVolume x ProductTarief"));
        }
        long verwacht = p.volume() * p.tarief();
        if (verwacht != p.bedrag()) {
            return List.of(new Retour("TR346", "IngediendBedrag " + p.bedrag() + " is niet GeleverdVolume x ProductTarief ("
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
            return totaal > t.volume() ? List.of(new Retour("TR322", "Het totaal gedeclareerde volume (" + totaal
                    + ") is groter dan het toegewezen volume binnen de geldigheidsduur (" + t.volume() + ")")) : List.of();
        }
        long toegestaan = toegestaan(t.volume(), t.frequentie(), p.begin(), p.eind());
        long gedeclareerd = eerder.volumeInMaand() + p.volume();
        return gedeclareerd > toegestaan ? List.of(new Retour("TR321", "Het gedeclareerde volume (" + gedeclareerd
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
