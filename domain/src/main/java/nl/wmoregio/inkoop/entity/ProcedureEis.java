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

/** A selection or minimum quality requirement of a procedure; an application is checked against each. */
@Entity
@Table(name = "procedure_eis")
public class ProcedureEis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Inkoopprocedure procedure;

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String omschrijving;
    private boolean verplicht;
    private int volgorde;

    protected ProcedureEis() {
    }

    ProcedureEis(Inkoopprocedure procedure, String code, String omschrijving, boolean verplicht, int volgorde) {
        this.procedure = procedure;
        this.code = code;
        this.omschrijving = omschrijving;
        this.verplicht = verplicht;
        this.volgorde = volgorde;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getOmschrijving() { return omschrijving; }
    public boolean isVerplicht() { return verplicht; }
    public int getVolgorde() { return volgorde; }
}
