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

/** One line of an application's checklist: met or not, with evidence metadata and a note. */
@Entity
@Table(name = "toetreding_eis")
public class ToetredingEis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "toetreding_id")
    private Toetreding toetreding;

    @ManyToOne(optional = false)
    @JoinColumn(name = "eis_id")
    private ProcedureEis eis;

    private Boolean voldaan;
    @Column(name = "bewijs_naam")
    private String bewijsNaam;
    @Column(name = "bewijs_type")
    private String bewijsType;
    @Column(name = "bewijs_grootte")
    private Long bewijsGrootte;
    private String notitie;

    protected ToetredingEis() {
    }

    ToetredingEis(Toetreding toetreding, ProcedureEis eis) {
        this.toetreding = toetreding;
        this.eis = eis;
    }

    public void beoordeel(Boolean voldaan, String bewijsNaam, String bewijsType, Long bewijsGrootte, String notitie) {
        this.voldaan = voldaan;
        this.bewijsNaam = bewijsNaam;
        this.bewijsType = bewijsType;
        this.bewijsGrootte = bewijsGrootte;
        this.notitie = notitie;
    }

    public Long getId() { return id; }
    public ProcedureEis getEis() { return eis; }
    public Boolean getVoldaan() { return voldaan; }
    public String getBewijsNaam() { return bewijsNaam; }
    public String getBewijsType() { return bewijsType; }
    public Long getBewijsGrootte() { return bewijsGrootte; }
    public String getNotitie() { return notitie; }
}
