package nl.wmoregio.toegang.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A goal of the trajectplan of one indicatie, with its evaluations. */
@Entity
@Table(name = "doel")
public class Doel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicatie_id", nullable = false, updatable = false)
    private long indicatieId;

    @Column(nullable = false)
    private String leefgebied;

    @Column(nullable = false)
    private String omschrijving;

    @Column(name = "beoogd_resultaat")
    private String beoogdResultaat;

    @OneToMany(mappedBy = "doel", cascade = CascadeType.PERSIST)
    @OrderBy("datum, id")
    private List<DoelEvaluatie> evaluaties = new ArrayList<>();

    @Version
    private long version;

    protected Doel() {
    }

    public Doel(long indicatieId, String leefgebied, String omschrijving, String beoogdResultaat) {
        this.indicatieId = indicatieId;
        this.leefgebied = leefgebied;
        this.omschrijving = omschrijving;
        this.beoogdResultaat = beoogdResultaat;
    }

    public DoelEvaluatie evalueer(LocalDate datum, String uitkomst, String toelichting) {
        DoelEvaluatie evaluatie = new DoelEvaluatie(this, datum, uitkomst, toelichting);
        evaluaties.add(evaluatie);
        return evaluatie;
    }

    public Long getId() { return id; }
    public long getIndicatieId() { return indicatieId; }
    public String getLeefgebied() { return leefgebied; }
    public String getOmschrijving() { return omschrijving; }
    public String getBeoogdResultaat() { return beoogdResultaat; }
    public List<DoelEvaluatie> getEvaluaties() { return evaluaties; }
    public long getVersion() { return version; }
}
