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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An indicatie (toewijzing): which product, from which provider (inkoop component, by id), for
 * which period and volume. A renewal points at the indicatie it continues (vorigeId).
 */
@Entity
@Table(name = "indicatie")
public class Indicatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    private Client client;

    @Column(name = "gemeente_id", nullable = false)
    private long gemeenteId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    private String categorie;

    @Column(name = "aanbieder_id", nullable = false)
    private long aanbiederId;

    @Column(nullable = false)
    private LocalDate van;

    private LocalDate tot;
    private Integer volume;
    private String eenheid;
    private String frequentie;

    @Column(name = "budget_cent")
    private Long budgetCent;

    @Column(name = "reden_wijziging")
    private String redenWijziging;

    @Column(name = "start_zorg")
    private LocalDate startZorg;

    @Column(name = "stop_zorg")
    private LocalDate stopZorg;

    @Column(name = "reden_einde")
    private String redenEinde;

    @Column(name = "vorige_id", updatable = false)
    private Long vorigeId;

    /** CONTINUITEIT: moved here from a suspended or ended provider (vorigeId is the old indicatie). */
    private String overgang;

    @Column(name = "aangemaakt_op", nullable = false, updatable = false)
    private LocalDateTime aangemaaktOp;

    @Version
    private long version;

    protected Indicatie() {
    }

    public Indicatie(Client client, Long vorigeId, LocalDateTime nu) {
        this.client = client;
        this.gemeenteId = client.getGemeenteId();
        this.vorigeId = vorigeId;
        this.aangemaaktOp = nu;
    }

    public void wijzig(String productCode, String categorie, long aanbiederId, LocalDate van, LocalDate tot, Integer volume,
                       String eenheid, String frequentie, Long budgetCent, String redenWijziging) {
        this.productCode = productCode;
        this.categorie = categorie;
        this.aanbiederId = aanbiederId;
        this.van = van;
        this.tot = tot;
        this.volume = volume;
        this.eenheid = eenheid;
        this.frequentie = frequentie;
        this.budgetCent = budgetCent;
        this.redenWijziging = redenWijziging;
    }

    /** Uitstroom: the care stops on the given day for the given reason; the indicatie ends there. */
    public void beeindig(LocalDate stop, String reden) {
        this.stopZorg = stop;
        this.redenEinde = reden;
        if (tot == null || tot.isAfter(stop)) {
            this.tot = stop;
        }
    }

    /**
     * Merger (issue 13 rule 5): the indicatie stops at the dissolved gemeente the day before the
     * merger date while the care itself goes on at the successor, so no stop of care and no reason.
     */
    public void sluitAfVoorFusie(LocalDate laatsteDag) {
        if (tot == null || tot.isAfter(laatsteDag)) {
            this.tot = laatsteDag;
        }
    }

    /** Merger: an indicatie that starts on or after the merger date belongs to the successor as a whole. */
    public void verhuisNaarGemeente(long gemeenteId) {
        this.gemeenteId = gemeenteId;
    }

    public void markeerOvergang(String soort) {
        this.overgang = soort;
    }

    public String getOvergang() { return overgang; }
    public Long getId() { return id; }
    public Client getClient() { return client; }
    public long getGemeenteId() { return gemeenteId; }
    public String getProductCode() { return productCode; }
    public String getCategorie() { return categorie; }
    public long getAanbiederId() { return aanbiederId; }
    public LocalDate getVan() { return van; }
    public LocalDate getTot() { return tot; }
    public Integer getVolume() { return volume; }
    public String getEenheid() { return eenheid; }
    public String getFrequentie() { return frequentie; }
    public Long getBudgetCent() { return budgetCent; }
    public String getRedenWijziging() { return redenWijziging; }
    public LocalDate getStartZorg() { return startZorg; }
    public LocalDate getStopZorg() { return stopZorg; }
    public String getRedenEinde() { return redenEinde; }
    public Long getVorigeId() { return vorigeId; }
    public LocalDateTime getAangemaaktOp() { return aangemaaktOp; }
    public long getVersion() { return version; }
}
