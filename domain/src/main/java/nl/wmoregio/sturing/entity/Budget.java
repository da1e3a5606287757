package nl.wmoregio.sturing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * The Wmo budget of one gemeente for one year (table wh_budget, Flyway V10), in eurocents. The
 * warehouse job compares the scenario projections with it. Controllers edit it; {@code version}
 * guards against lost updates.
 */
@Entity
@Table(name = "wh_budget")
@IdClass(Budget.Sleutel.class)
public class Budget {

    @Id
    @Column(name = "gemeente_id")
    private long gemeenteId;
    @Id
    private int jaar;
    @Column(name = "budget_cent")
    private long budgetCent;
    @Version
    private long version;

    protected Budget() {
    }

    public Budget(long gemeenteId, int jaar, long budgetCent) {
        this.gemeenteId = gemeenteId;
        this.jaar = jaar;
        this.budgetCent = budgetCent;
    }

    public void wijzig(long budgetCent) {
        this.budgetCent = budgetCent;
    }

    public long getGemeenteId() { return gemeenteId; }
    public int getJaar() { return jaar; }
    public long getBudgetCent() { return budgetCent; }
    public long getVersion() { return version; }

    /** The composite key (gemeente_id, jaar). */
    public static class Sleutel implements Serializable {
        private static final long serialVersionUID = 1L;
        private long gemeenteId;
        private int jaar;

        public Sleutel() {
        }

        public Sleutel(long gemeenteId, int jaar) {
            this.gemeenteId = gemeenteId;
            this.jaar = jaar;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && s.gemeenteId == gemeenteId && s.jaar == jaar;
        }

        @Override
        public int hashCode() {
            return Objects.hash(gemeenteId, jaar);
        }
    }
}
