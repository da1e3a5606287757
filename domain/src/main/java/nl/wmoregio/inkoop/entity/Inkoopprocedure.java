package nl.wmoregio.inkoop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one product group is bought for a contract period: open house (any provider that meets the
 * requirements, at announced toetredingsmomenten), a restricted tender (at most N providers), or
 * closed entry (no new entrants; BW: only providers with the 31-12-2014 right).
 */
@Entity
@Table(name = "inkoopprocedure")
public class Inkoopprocedure {

    public enum Type { OPEN_HOUSE, BEPERKT, GESLOTEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String naam;
    @Column(name = "productgroep_code", nullable = false)
    private String productgroepCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;
    @Column(name = "max_aanbieders")
    private Integer maxAanbieders;
    @Column(name = "contract_van", nullable = false)
    private LocalDate contractVan;
    @Column(name = "contract_tot", nullable = false)
    private LocalDate contractTot;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL)
    @OrderBy("datum")
    private List<Toetredingsmoment> momenten = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL)
    @OrderBy("volgorde")
    private List<ProcedureEis> eisen = new ArrayList<>();

    @Version
    private long version;

    protected Inkoopprocedure() {
    }

    public Inkoopprocedure(String naam, String productgroepCode, Type type, Integer maxAanbieders, LocalDate contractVan,
                           LocalDate contractTot) {
        this.naam = naam;
        this.productgroepCode = productgroepCode;
        this.type = type;
        this.maxAanbieders = maxAanbieders;
        this.contractVan = contractVan;
        this.contractTot = contractTot;
    }

    public Toetredingsmoment voegMomentToe(LocalDate datum) {
        Toetredingsmoment moment = new Toetredingsmoment(this, datum);
        momenten.add(moment);
        return moment;
    }

    public ProcedureEis voegEisToe(String code, String omschrijving, boolean verplicht) {
        ProcedureEis eis = new ProcedureEis(this, code, omschrijving, verplicht, eisen.size() + 1);
        eisen.add(eis);
        return eis;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public String getProductgroepCode() { return productgroepCode; }
    public Type getType() { return type; }
    public Integer getMaxAanbieders() { return maxAanbieders; }
    public LocalDate getContractVan() { return contractVan; }
    public LocalDate getContractTot() { return contractTot; }
    public List<Toetredingsmoment> getMomenten() { return momenten; }
    public List<ProcedureEis> getEisen() { return eisen; }
    public long getVersion() { return version; }
}
