package nl.wmoregio.inkoop.entity;

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

/** An announced date at which providers can enter a procedure; contracts start only on these dates. */
@Entity
@Table(name = "toetredingsmoment")
public class Toetredingsmoment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Inkoopprocedure procedure;

    @Column(nullable = false)
    private LocalDate datum;

    protected Toetredingsmoment() {
    }

    Toetredingsmoment(Inkoopprocedure procedure, LocalDate datum) {
        this.procedure = procedure;
        this.datum = datum;
    }

    public Long getId() { return id; }
    public Inkoopprocedure getProcedure() { return procedure; }
    public LocalDate getDatum() { return datum; }
}
