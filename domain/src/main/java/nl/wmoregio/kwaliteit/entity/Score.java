package nl.wmoregio.kwaliteit.entity;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "kw_score")
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "beoordeling_id")
    private Beoordeling beoordeling;
    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;
    private int score;
    private String onderbouwing;

    protected Score() {
    }

    Score(Beoordeling beoordeling, Indicator indicator, int score, String onderbouwing) {
        this.beoordeling = beoordeling;
        this.indicator = indicator;
        this.score = score;
        this.onderbouwing = onderbouwing;
    }

    void wijzig(int score, String onderbouwing) {
        this.score = score;
        this.onderbouwing = onderbouwing;
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public int getScore() { return score; }
    public String getOnderbouwing() { return onderbouwing; }
}
