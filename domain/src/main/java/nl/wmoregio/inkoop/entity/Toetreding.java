package nl.wmoregio.inkoop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A provider's application to enter a procedure at a toetredingsmoment for one or more products,
 * with the procedure's requirements as a checklist. A reviewer admits or refuses it.
 */
@Entity
@Table(name = "toetreding")
public class Toetreding {

    public enum Status { INGEDIEND, TOEGELATEN, AFGEWEZEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moment_id")
    private Toetredingsmoment moment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.INGEDIEND;

    @Column(name = "ingediend_op", nullable = false)
    private LocalDateTime ingediendOp;
    @Column(name = "besloten_op")
    private LocalDateTime beslotenOp;
    private String beoordelaar;
    @Column(name = "besluit_reden")
    private String besluitReden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "toetreding_product", joinColumns = @JoinColumn(name = "toetreding_id"))
    @Column(name = "product_code")
    private Set<String> productCodes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "toetreding", cascade = CascadeType.ALL)
    private List<ToetredingEis> eisen = new ArrayList<>();

    @Version
    private long version;

    protected Toetreding() {
    }

    public Toetreding(Aanbieder aanbieder, Toetredingsmoment moment, Set<String> productCodes, LocalDateTime nu) {
        this.aanbieder = aanbieder;
        this.moment = moment;
        this.productCodes = new LinkedHashSet<>(productCodes);
        this.ingediendOp = nu;
        for (ProcedureEis eis : moment.getProcedure().getEisen()) {
            eisen.add(new ToetredingEis(this, eis));
        }
    }

    public void besluit(Status besluit, String reden, String beoordelaar, LocalDateTime nu) {
        this.status = besluit;
        this.besluitReden = reden;
        this.beoordelaar = beoordelaar;
        this.beslotenOp = nu;
    }

    public Long getId() { return id; }
    public Aanbieder getAanbieder() { return aanbieder; }
    public Toetredingsmoment getMoment() { return moment; }
    public Status getStatus() { return status; }
    public LocalDateTime getIngediendOp() { return ingediendOp; }
    public LocalDateTime getBeslotenOp() { return beslotenOp; }
    public String getBeoordelaar() { return beoordelaar; }
    public String getBesluitReden() { return besluitReden; }
    public Set<String> getProductCodes() { return productCodes; }
    public List<ToetredingEis> getEisen() { return eisen; }
    public long getVersion() { return version; }
}
