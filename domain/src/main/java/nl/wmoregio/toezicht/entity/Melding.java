package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.wmoregio.toezicht.boundary.MeldingBron;
import nl.wmoregio.toezicht.boundary.MeldingSoort;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.boundary.Organisatie;

/** A report at the regional meldpunt. Provider and gemeente are referenced by id (other components). */
@Entity
@Table(name = "melding")
public class Melding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String nummer;
    @Enumerated(EnumType.STRING)
    private MeldingBron bron;
    @Enumerated(EnumType.STRING)
    private MeldingSoort soort;
    @Column(name = "aanbieder_id")
    private long aanbiederId;
    @Column(name = "gemeente_id")
    private long gemeenteId;
    @Column(name = "client_pseudoniem")
    private String clientPseudoniem;
    @Column(name = "gebeurtenis_datum")
    private LocalDate gebeurtenisDatum;
    private LocalDate melddatum;
    private String omschrijving;
    @Column(name = "melder_naam")
    private String melderNaam;
    @Column(name = "melder_contact")
    private String melderContact;
    @Column(name = "te_laat")
    private boolean teLaat;
    private Integer werkdagen;
    @Enumerated(EnumType.STRING)
    private MeldingStatus status;
    @Enumerated(EnumType.STRING)
    private Organisatie organisatie;
    @Column(name = "triage_deadline")
    private LocalDate triageDeadline;
    private String sluitreden;
    @Column(name = "samengevoegd_met_id")
    private Long samengevoegdMetId;
    @Column(name = "onderzoek_id")
    private Long onderzoekId;
    private boolean geanonimiseerd;
    @Column(name = "aangemaakt_door")
    private String aangemaaktDoor;
    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;
    @Version
    private long version;

    protected Melding() {
    }

    public Melding(String nummer, MeldingBron bron, MeldingSoort soort, long aanbiederId, long gemeenteId, String clientPseudoniem,
                   LocalDate gebeurtenisDatum, LocalDate melddatum, String omschrijving, String melderNaam, String melderContact,
                   int werkdagen, boolean teLaat, LocalDate triageDeadline, String aangemaaktDoor, LocalDateTime nu) {
        this.nummer = nummer;
        this.bron = bron;
        this.soort = soort;
        this.aanbiederId = aanbiederId;
        this.gemeenteId = gemeenteId;
        this.clientPseudoniem = clientPseudoniem;
        this.gebeurtenisDatum = gebeurtenisDatum;
        this.melddatum = melddatum;
        this.omschrijving = omschrijving;
        this.melderNaam = melderNaam;
        this.melderContact = melderContact;
        this.werkdagen = werkdagen;
        this.teLaat = teLaat;
        this.triageDeadline = triageDeadline;
        this.status = MeldingStatus.NIEUW;
        this.aangemaaktDoor = aangemaaktDoor;
        this.aangemaaktOp = nu;
    }

    public void nummer(String nummer) { this.nummer = nummer; }
    public void status(MeldingStatus status) { this.status = status; }
    public void wijsToe(Organisatie organisatie, LocalDate deadline) { this.organisatie = organisatie; this.triageDeadline = deadline; }
    public void sluit(String reden) { this.sluitreden = reden; }
    public void voegSamenMet(Long hoofdId) { this.samengevoegdMetId = hoofdId; }
    public void koppelOnderzoek(Long onderzoekId) { this.onderzoekId = onderzoekId; }
    public void heropen() { this.sluitreden = null; this.samengevoegdMetId = null; }
    public void anonimiseer() { this.melderNaam = null; this.melderContact = null; this.geanonimiseerd = true; }

    public Long getId() { return id; }
    public String getNummer() { return nummer; }
    public MeldingBron getBron() { return bron; }
    public MeldingSoort getSoort() { return soort; }
    public long getAanbiederId() { return aanbiederId; }
    public long getGemeenteId() { return gemeenteId; }
    public String getClientPseudoniem() { return clientPseudoniem; }
    public LocalDate getGebeurtenisDatum() { return gebeurtenisDatum; }
    public LocalDate getMelddatum() { return melddatum; }
    public String getOmschrijving() { return omschrijving; }
    public String getMelderNaam() { return melderNaam; }
    public String getMelderContact() { return melderContact; }
    public boolean isTeLaat() { return teLaat; }
    public Integer getWerkdagen() { return werkdagen; }
    public MeldingStatus getStatus() { return status; }
    public Organisatie getOrganisatie() { return organisatie; }
    public LocalDate getTriageDeadline() { return triageDeadline; }
    public String getSluitreden() { return sluitreden; }
    public Long getSamengevoegdMetId() { return samengevoegdMetId; }
    public Long getOnderzoekId() { return onderzoekId; }
    public boolean isGeanonimiseerd() { return geanonimiseerd; }
    public String getAangemaaktDoor() { return aangemaaktDoor; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public long getVersion() { return version; }
}
