package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The scoring of one provider in one round: scores with evidence, learning points, improvements. */
@Entity
@Table(name = "kw_beoordeling")
public class Beoordeling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ronde_id")
    private Ronde ronde;
    @Column(name = "aanbieder_id")
    private long aanbiederId;
    private String leerpunten;
    @Column(name = "beoordeeld_door")
    private String beoordeeldDoor;
    @Column(name = "beoordeeld_op")
    private LocalDate beoordeeldOp;
    @OneToMany(mappedBy = "beoordeling", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Score> scores = new ArrayList<>();
    @OneToMany(mappedBy = "beoordeling", cascade = CascadeType.ALL)
    @OrderBy("deadline")
    private List<Verbetering> verbeteringen = new ArrayList<>();
    @Version
    private long version;

    protected Beoordeling() {
    }

    public Beoordeling(Ronde ronde, long aanbiederId) {
        this.ronde = ronde;
        this.aanbiederId = aanbiederId;
    }

    public void scoor(Indicator indicator, int score, String onderbouwing) {
        for (Score s : scores) {
            if (s.getIndicator().getId().equals(indicator.getId())) {
                s.wijzig(score, onderbouwing);
                return;
            }
        }
        scores.add(new Score(this, indicator, score, onderbouwing));
    }

    public void vastgelegd(String leerpunten, String door, LocalDate op) {
        this.leerpunten = leerpunten;
        this.beoordeeldDoor = door;
        this.beoordeeldOp = op;
    }

    public Verbetering spreekAf(String omschrijving, LocalDate deadline) {
        Verbetering v = new Verbetering(this, omschrijving, deadline);
        verbeteringen.add(v);
        return v;
    }

    public Long getId() { return id; }
    public Ronde getRonde() { return ronde; }
    public long getAanbiederId() { return aanbiederId; }
    public String getLeerpunten() { return leerpunten; }
    public String getBeoordeeldDoor() { return beoordeeldDoor; }
    public LocalDate getBeoordeeldOp() { return beoordeeldOp; }
    public List<Score> getScores() { return scores; }
    public List<Verbetering> getVerbeteringen() { return verbeteringen; }
    public long getVersion() { return version; }
}
