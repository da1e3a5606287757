package nl.wmoregio.toezicht.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.wmoregio.toezicht.boundary.OnderzoekStatus;
import nl.wmoregio.toezicht.boundary.OnderzoekType;
import nl.wmoregio.toezicht.boundary.Organisatie;

/** An investigation of one provider against a toetsingskader; the norms in scope are a subset of the kader. */
@Entity
@Table(name = "onderzoek")
public class Onderzoek {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nummer;
    @Enumerated(EnumType.STRING)
    private OnderzoekType type;
    @Column(name = "aanbieder_id")
    private long aanbiederId;
    @Column(name = "gemeente_id")
    private Long gemeenteId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kader_id")
    private Toetsingskader kader;
    @Enumerated(EnumType.STRING)
    private Organisatie organisatie;
    private String scope;
    @Enumerated(EnumType.STRING)
    private OnderzoekStatus status;
    @Column(name = "gepland_van")
    private LocalDate geplandVan;
    @Column(name = "gepland_tot")
    private LocalDate geplandTot;
    @Column(name = "start_datum")
    private LocalDate startDatum;
    @Column(name = "eind_datum")
    private LocalDate eindDatum;
    private String zienswijze;
    @Column(name = "zienswijze_datum")
    private LocalDate zienswijzeDatum;
    @Column(name = "definitief_op")
    private LocalDateTime definitiefOp;
    @Column(name = "aangemaakt_op")
    private LocalDateTime aangemaaktOp;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "onderzoek_norm", joinColumns = @JoinColumn(name = "onderzoek_id"))
    @Column(name = "norm_id")
    private Set<Long> normIds = new LinkedHashSet<>();
    @Version
    private long version;

    protected Onderzoek() {
    }

    public Onderzoek(String nummer, OnderzoekType type, long aanbiederId, Long gemeenteId, Toetsingskader kader, Organisatie organisatie,
                     String scope, LocalDate geplandVan, LocalDate geplandTot, Set<Long> normIds, LocalDateTime nu) {
        this.nummer = nummer;
        this.type = type;
        this.aanbiederId = aanbiederId;
        this.gemeenteId = gemeenteId;
        this.kader = kader;
        this.organisatie = organisatie;
        this.scope = scope;
        this.geplandVan = geplandVan;
        this.geplandTot = geplandTot;
        this.normIds = new LinkedHashSet<>(normIds);
        this.status = OnderzoekStatus.GEPLAND;
        this.aangemaaktOp = nu;
    }

    public void nummer(String nummer) { this.nummer = nummer; }
    public void status(OnderzoekStatus status) { this.status = status; }
    public void plan(String scope, LocalDate van, LocalDate tot) { this.scope = scope; this.geplandVan = van; this.geplandTot = tot; }
    public void start(LocalDate datum) { this.startDatum = datum; }
    public void eind(LocalDate datum) { this.eindDatum = datum; }
    public void zienswijze(String tekst, LocalDate datum) { this.zienswijze = tekst; this.zienswijzeDatum = datum; }
    public void definitief(LocalDateTime op) { this.definitiefOp = op; }

    public Long getId() { return id; }
    public String getNummer() { return nummer; }
    public OnderzoekType getType() { return type; }
    public long getAanbiederId() { return aanbiederId; }
    public Long getGemeenteId() { return gemeenteId; }
    public Toetsingskader getKader() { return kader; }
    public Organisatie getOrganisatie() { return organisatie; }
    public String getScope() { return scope; }
    public OnderzoekStatus getStatus() { return status; }
    public LocalDate getGeplandVan() { return geplandVan; }
    public LocalDate getGeplandTot() { return geplandTot; }
    public LocalDate getStartDatum() { return startDatum; }
    public LocalDate getEindDatum() { return eindDatum; }
    public String getZienswijze() { return zienswijze; }
    public LocalDate getZienswijzeDatum() { return zienswijzeDatum; }
    public LocalDateTime getDefinitiefOp() { return definitiefOp; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public Set<Long> getNormIds() { return normIds; }
    public long getVersion() { return version; }
}
