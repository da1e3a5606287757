package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A version of the monitoring method: a fixed set of indicators, grouped into themes. */
@Entity
@Table(name = "kw_methode")
public class Methode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String naam;
    private int versie;
    private String omschrijving;
    @OneToMany(mappedBy = "methode", cascade = CascadeType.PERSIST)
    @OrderBy("volgorde")
    private List<Indicator> indicatoren = new ArrayList<>();
    @Version
    private long version;

    protected Methode() {
    }

    public Methode(String naam, int versie, String omschrijving) {
        this.naam = naam;
        this.versie = versie;
        this.omschrijving = omschrijving;
    }

    public Indicator voegToe(String code, String thema, String omschrijving, int min, int max, int norm, Long gekoppeldAanId) {
        Indicator i = new Indicator(this, code, thema, omschrijving, min, max, norm, indicatoren.size() + 1, gekoppeldAanId);
        indicatoren.add(i);
        return i;
    }

    public void wijzig(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public int getVersie() { return versie; }
    public String getOmschrijving() { return omschrijving; }
    public List<Indicator> getIndicatoren() { return indicatoren; }
    public long getVersion() { return version; }
}
