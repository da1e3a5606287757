package nl.wmoregio.sturing.boundary;

import java.math.BigDecimal;
import java.util.List;

/** Read models of the warehouse results (the active run). Amounts in eurocents. */
public final class Sturing {

    private Sturing() {
    }

    /**
     * How figures are grouped by gemeente: as the gemeente was at the time (HISTORISCH), or
     * regrouped to the gemeente it merged into ({@code wh_dim_gemeente.huidige_gemeente_id}, HUIDIG).
     */
    public enum Indeling {
        HISTORISCH, HUIDIG
    }

    /** Filters of the dashboard; {@code gemeenteId} is a current gemeente when the indeling is HUIDIG. */
    public record Filter(Integer jaar, Long gemeenteId, String productgroep, Long aanbiederId, Indeling indeling) {

        public Filter {
            indeling = indeling == null ? Indeling.HISTORISCH : indeling;
        }

        public Filter(Integer jaar, Long gemeenteId, String productgroep, Long aanbiederId) {
            this(jaar, gemeenteId, productgroep, aanbiederId, Indeling.HISTORISCH);
        }

        public boolean huidig() {
            return indeling == Indeling.HUIDIG;
        }
    }

    public record Keuzes(List<Integer> jaren, List<Optie> gemeenten, List<Optie> productgroepen, List<Optie> aanbieders,
            Long runId) {
    }

    public record Optie(String waarde, String label) {
    }

    public record Indicator(int jaar, String gemeente, String aanbieder, String productgroep, String segment, long clienten,
            long indicaties, long instroom, long uitstroom, BigDecimal gemDuurDagen, long kostenCent,
            Long kostenPerClientCent, long doelenGeevalueerd, long doelenBehaald, BigDecimal aandeelDoelenBehaald) {
    }

    public record Maand(int jaar, int maand, long clienten, long kostenCent) {
    }

    public record PerGroep(String productgroep, long clienten, long kostenCent, Long kostenPerClientCent) {
    }

    public record Stroom(int jaar, long instroom, long uitstroom) {
    }

    public record Aanbieder(String aanbieder, long clienten, long kostenCent, Long kostenPerClientCent,
            BigDecimal aandeelDoelenBehaald, long ceoN, BigDecimal ceoPctEens, long meldingen, BigDecimal meldingenPer100,
            long bevindingen, BigDecimal bevindingenPer100, BigDecimal kwaliteitScore) {
    }

    public record Doorstroom(String van, String naar, String richting, long aantal) {
    }

    public record Projectie(String scenario, int jaar, long kostenCent, long laagCent, long hoogCent, Long budgetCent,
            Long verschilCent) {
    }

    /**
     * One row of two runs side by side (year x gemeente x product group): clients, costs (cents)
     * and goal share of run a and of run b (null: no row in that run), and b - a of the costs.
     */
    public record Vergelijking(int jaar, String gemeente, String productgroep, Long clientenA, Long kostenCentA,
            BigDecimal aandeelDoelenA, Long clientenB, Long kostenCentB, BigDecimal aandeelDoelenB, Long verschilKostenCent) {
    }
}
