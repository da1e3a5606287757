package nl.wmoregio.inkoop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The raamovereenkomst with one provider; per product a {@link Deelovereenkomst}. */
@Entity
@Table(name = "contract")
public class Contract {

    public enum Status { ACTIEF, OPGESCHORT, BEEINDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @Column(nullable = false)
    private String nummer;
    @Column(nullable = false)
    private LocalDate van;
    @Column(nullable = false)
    private LocalDate tot;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIEF;
    @Column(name = "einde_reden")
    private String eindeReden;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("product, van")
    private List<Deelovereenkomst> deelovereenkomsten = new ArrayList<>();

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(Aanbieder aanbieder, String nummer, LocalDate van, LocalDate tot) {
        this.aanbieder = aanbieder;
        this.nummer = nummer;
        this.van = van;
        this.tot = tot;
    }

    public Deelovereenkomst voegDeelToe(Inkoopprocedure procedure, Product product, LocalDate van, LocalDate tot) {
        Deelovereenkomst deel = new Deelovereenkomst(this, procedure, product, van, tot);
        deelovereenkomsten.add(deel);
        if (van.isBefore(this.van)) {
            this.van = van;
        }
        if (tot.isAfter(this.tot)) {
            this.tot = tot;
        }
        return deel;
    }

    /** The raamovereenkomst's own status; its deelovereenkomsten change through ContractStatusRegels one by one. */
    public void zetStatus(Status status, String reden) {
        this.status = status;
        this.eindeReden = reden;
    }

    public void verlengTot(LocalDate nieuwTot) {
        if (nieuwTot.isAfter(tot)) {
            tot = nieuwTot;
        }
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public String getNummer() { return nummer; }
    public LocalDate getVan() { return van; }
    public LocalDate getTot() { return tot; }
    public Status getStatus() { return status; }
    public String getEindeReden() { return eindeReden; }
    public List<Deelovereenkomst> getDeelovereenkomsten() { return deelovereenkomsten; }
    public long getVersion() { return version; }
}
