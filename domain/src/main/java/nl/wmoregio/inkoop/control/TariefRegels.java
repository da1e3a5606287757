package nl.wmoregio.inkoop.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Periode;

/**
 * Issue 13 rule 6, tariffs follow contracts: the one rule point for the tariff window, the
 * indexation of a tariff into the next year and the check of a stated {@code indexatie_pct}
 * against last year's tariff. Pure (no database); {@code CatalogusService} (REST and screen:
 * create, edit, index), {@code Tarifering} (extension) call it.
 */
public final class TariefRegels {

    /** A stated index may differ from the computed amount by at most one cent (rounding of last year's amount). */
    static final long MARGE_CENT = 1;
    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private TariefRegels() {
    }

    /** Next year's tariff: last year's amount times (1 + p/100), rounded half up to whole cents. */
    public static long geindexeerd(long vorigCent, BigDecimal pct) {
        return BigDecimal.valueOf(vorigCent).multiply(HONDERD.add(pct)).divide(HONDERD, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A tariff whose ratio to last year's tariff of the same product and category disagrees with
     * its stated index is refused (field indexatiePct). Without a tariff last year there is
     * nothing to compare (a first tariff, a new contract period).
     */
    public static void indexatieKlopt(Long vorigCent, long bedragCent, BigDecimal pct, int jaar) {
        if (vorigCent == null) {
            return;
        }
        BigDecimal index = pct == null ? BigDecimal.ZERO : pct;
        long verwacht = geindexeerd(vorigCent, index);
        if (Math.abs(verwacht - bedragCent) > MARGE_CENT) {
            throw new DomainException("TARIEF_INDEXATIE_AFWIJKEND", "indexatiePct", "Het tarief " + bedragCent
                    + " cent is geen indexatie van " + index.stripTrailingZeros().toPlainString() + "% op het tarief van "
                    + (jaar - 1) + " (" + vorigCent + " cent): dat geeft " + verwacht
                    + " cent. Geef het indexatiepercentage dat bij het bedrag hoort.");
        }
    }

    /**
     * The window in which a product's tariffs can be set and hold: the contract periods of its
     * product group's procedures and the periods of its deelovereenkomsten, extensions included
     * (an extended deelovereenkomst extends the window).
     */
    public static boolean inVenster(int jaar, List<Periode> perioden) {
        Periode jaarPeriode = new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
        return perioden.stream().anyMatch(p -> p.overlaps(jaarPeriode));
    }
}
