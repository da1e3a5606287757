package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An improvement agreed with the provider, with its deadline; open until finished. */
@Entity
@Table(name = "kw_verbetering")
public class Verbetering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "beoordeling_id")
    private Beoordeling beoordeling;
    private String omschrijving;
    private LocalDate deadline;
    @Column(name = "afgerond_op")
    private LocalDate afgerondOp;
    @Version
    private long version;

    protected Verbetering() {
    }

    Verbetering(Beoordeling beoordeling, String omschrijving, LocalDate deadline) {
        this.beoordeling = beoordeling;
        this.omschrijving = omschrijving;
        this.deadline = deadline;
    }

    public void rondAf(LocalDate op) {
        this.afgerondOp = op;
    }

    public Long getId() { return id; }
    public Beoordeling getBeoordeling() { return beoordeling; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getAfgerondOp() { return afgerondOp; }
    public long getVersion() { return version; }
}
