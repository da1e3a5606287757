package nl.wmoregio.sturing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A named set of risk parameters for the warehouse projections (table wh_scenario, Flyway V10). */
@Entity
@Table(name = "wh_scenario")
public class Scenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String naam;
    private String omschrijving;
    private boolean actief;
    @Column(name = "horizon_jaren")
    private int horizonJaren;
    @Column(name = "groei_18_64_pct")
    private BigDecimal groei18tot64;
    @Column(name = "groei_65_74_pct")
    private BigDecimal groei65tot74;
    @Column(name = "groei_75_84_pct")
    private BigDecimal groei75tot84;
    @Column(name = "groei_85_plus_pct")
    private BigDecimal groei85plus;
    @Column(name = "abonnement_hv_pct")
    private BigDecimal abonnementHv;
    @Column(name = "reele_kostprijs_hv_pct")
    private BigDecimal reeleKostprijsHv;
    @Column(name = "cao_indexatie_pct")
    private BigDecimal cao;
    @Column(name = "doordecentralisatie_bw_pct")
    private BigDecimal doordecentralisatieBw;
    @Column(name = "extramuralisering_pct")
    private BigDecimal extramuralisering;
    @Column(name = "jongeren_dagbesteding_pct")
    private BigDecimal jongerenDagbesteding;
    @Column(name = "verdeelmodel_ingroei_pct")
    private BigDecimal verdeelmodelIngroei = BigDecimal.ZERO;
    @Column(name = "verdeelmodel_regio_pct")
    private BigDecimal verdeelmodelRegio = BigDecimal.ZERO;
    @Column(name = "wlz_uitstroom_bw_pct")
    private BigDecimal wlzUitstroomBw = BigDecimal.ZERO;
    @Column(name = "wlz_korting_bw_pct")
    private BigDecimal wlzKortingBw = BigDecimal.ZERO;
    @Column(name = "extra_vraag_pct")
    private BigDecimal extraVraag = BigDecimal.ZERO;
    @Column(name = "resultaat_uren_pct")
    private BigDecimal resultaatUren = BigDecimal.ZERO;
    /** Personeelstekort: max growth of clients served per year; null = no cap. */
    @Column(name = "capaciteit_groei_pct")
    private BigDecimal capaciteitGroei;
    @Column(name = "vergrijzing_prognose")
    private boolean vergrijzingPrognose;
    /** The named risk of seed 000 this scenario is about (null = free). */
    private String risico;
    /** A template: copied and edited, not edited itself. */
    private boolean sjabloon;
    @Column(name = "gewijzigd_op")
    private LocalDateTime gewijzigdOp;
    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;
    @Version
    private long version;

    public Scenario() {
    }

    /** Values in the order of {@link nl.wmoregio.sturing.boundary.ScenarioInput}. */
    public void wijzig(String naam, String omschrijving, boolean actief, int horizonJaren, BigDecimal[] pct,
            LocalDateTime op, String door) {
        this.naam = naam;
        this.omschrijving = omschrijving;
        this.actief = actief;
        this.horizonJaren = horizonJaren;
        this.groei18tot64 = pct[0];
        this.groei65tot74 = pct[1];
        this.groei75tot84 = pct[2];
        this.groei85plus = pct[3];
        this.abonnementHv = pct[4];
        this.reeleKostprijsHv = pct[5];
        this.cao = pct[6];
        this.doordecentralisatieBw = pct[7];
        this.extramuralisering = pct[8];
        this.jongerenDagbesteding = pct[9];
        if (pct.length > 10) {
            this.verdeelmodelIngroei = pct[10];
            this.verdeelmodelRegio = pct[11];
            this.wlzUitstroomBw = pct[12];
            this.wlzKortingBw = pct[13];
            this.extraVraag = pct[14];
            this.resultaatUren = pct[15];
        }
        this.gewijzigdOp = op;
        this.gewijzigdDoor = door;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public String getOmschrijving() { return omschrijving; }
    public boolean isActief() { return actief; }
    public int getHorizonJaren() { return horizonJaren; }
    public BigDecimal[] getPercentages() {
        return new BigDecimal[] {groei18tot64, groei65tot74, groei75tot84, groei85plus, abonnementHv, reeleKostprijsHv,
            cao, doordecentralisatieBw, extramuralisering, jongerenDagbesteding, verdeelmodelIngroei, verdeelmodelRegio,
            wlzUitstroomBw, wlzKortingBw, extraVraag, resultaatUren};
    }

    /** The risks that are not percentages: the capacity cap (null = none) and the population prognosis switch. */
    public void wijzigRisicos(BigDecimal capaciteitGroei, boolean vergrijzingPrognose) {
        this.capaciteitGroei = capaciteitGroei;
        this.vergrijzingPrognose = vergrijzingPrognose;
    }

    /** A copy of a template: the same named risk, never a template itself. */
    public void kopieVan(Scenario bron) {
        this.risico = bron.risico;
        this.sjabloon = false;
        this.capaciteitGroei = bron.capaciteitGroei;
        this.vergrijzingPrognose = bron.vergrijzingPrognose;
    }

    public BigDecimal getCapaciteitGroei() { return capaciteitGroei; }
    public boolean isVergrijzingPrognose() { return vergrijzingPrognose; }
    public String getRisico() { return risico; }
    public boolean isSjabloon() { return sjabloon; }
    public LocalDateTime getGewijzigdOp() { return gewijzigdOp; }
    public String getGewijzigdDoor() { return gewijzigdDoor; }
    public long getVersion() { return version; }
}
