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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A provider's contract for one product under one procedure; up to two one-year extensions. */
@Entity
@Table(name = "deelovereenkomst")
public class Deelovereenkomst {

    public static final int MAX_VERLENGINGEN = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Inkoopprocedure procedure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_code")
    private Product product;

    @Column(nullable = false)
    private LocalDate van;
    @Column(nullable = false)
    private LocalDate tot;
    private int verlengingen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Contract.Status status = Contract.Status.ACTIEF;
    @Column(name = "einde_reden")
    private String eindeReden;

    @OneToMany(mappedBy = "deelovereenkomst", cascade = CascadeType.PERSIST)
    @OrderBy("per, id")
    private List<DeelStatus> historie = new ArrayList<>();

    @Version
    private long version;

    protected Deelovereenkomst() {
    }

    Deelovereenkomst(Contract contract, Inkoopprocedure procedure, Product product, LocalDate van, LocalDate tot) {
        this.contract = contract;
        this.procedure = procedure;
        this.product = product;
        this.van = van;
        this.tot = tot;
    }

    public void verlengMetEenJaar() {
        verlengingen++;
        tot = tot.plusYears(1);
        contract.verlengTot(tot);
    }

    /** Records a status step (the caller applied ContractStatusRegels.overgang); the current status is the latest step. */
    public DeelStatus zetStatus(Contract.Status status, LocalDate per, String reden, String bron, String door, LocalDateTime nu) {
        this.status = status;
        this.eindeReden = reden;
        DeelStatus stap = new DeelStatus(this, status, per, reden, bron, door, nu);
        historie.add(stap);
        return stap;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public Inkoopprocedure getProcedure() { return procedure; }
    public Product getProduct() { return product; }
    public LocalDate getVan() { return van; }
    public LocalDate getTot() { return tot; }
    public int getVerlengingen() { return verlengingen; }
    public Contract.Status getStatus() { return status; }
    public String getEindeReden() { return eindeReden; }
    public List<DeelStatus> getHistorie() { return historie; }
    public long getVersion() { return version; }
}
