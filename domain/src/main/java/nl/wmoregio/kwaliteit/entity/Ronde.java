package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A monitoring round: a period, the method version it scores on, all or selected providers. */
@Entity
@Table(name = "kw_ronde")
public class Ronde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String naam;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "methode_id")
    private Methode methode;
    private LocalDate van;
    private LocalDate tot;
    private String selectie;
    @Version
    private long version;

    protected Ronde() {
    }

    public Ronde(String naam, Methode methode, LocalDate van, LocalDate tot, String selectie) {
        this.naam = naam;
        this.methode = methode;
        this.van = van;
        this.tot = tot;
        this.selectie = selectie;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public Methode getMethode() { return methode; }
    public LocalDate getVan() { return van; }
    public LocalDate getTot() { return tot; }
    public String getSelectie() { return selectie; }
    public long getVersion() { return version; }
}
