package nl.wmoregio.toegang.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The outcome of a goal on an evaluation date: BEHAALD, DEELS or NIET_BEHAALD. */
@Entity
@Table(name = "doel_evaluatie")
public class DoelEvaluatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doel_id")
    private Doel doel;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private String uitkomst;

    private String toelichting;

    protected DoelEvaluatie() {
    }

    DoelEvaluatie(Doel doel, LocalDate datum, String uitkomst, String toelichting) {
        this.doel = doel;
        this.datum = datum;
        this.uitkomst = uitkomst;
        this.toelichting = toelichting;
    }

    public Long getId() { return id; }
    public Doel getDoel() { return doel; }
    public LocalDate getDatum() { return datum; }
    public String getUitkomst() { return uitkomst; }
    public String getToelichting() { return toelichting; }
}
