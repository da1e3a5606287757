package nl.wmoregio.inkoop.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A product of the catalogue, with its iWmo coding and how it is paid for. */
@Entity
@Cacheable
@Table(name = "product")
public class Product {

    /** OUTPUT: a fixed monthly amount per prestatie (category); INSPANNING: P x Q; TRAJECT: one price per traject. */
    public enum Bekostiging { OUTPUT, INSPANNING, TRAJECT }

    @Id
    private String code;
    @Column(nullable = false)
    private String naam;
    @Column(name = "productgroep_code", nullable = false)
    private String productgroepCode;
    @Column(name = "iwmo_productcategorie", nullable = false)
    private String iwmoProductcategorie;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bekostiging bekostiging;
    @Column(nullable = false)
    private String eenheid;
    @Column(nullable = false)
    private String frequentie;
    private String categorieen;

    protected Product() {
    }

    public Product(String code, String naam, String productgroepCode, String iwmoProductcategorie, Bekostiging bekostiging,
                   String eenheid, String frequentie, String categorieen) {
        this.code = code;
        this.naam = naam;
        this.productgroepCode = productgroepCode;
        this.iwmoProductcategorie = iwmoProductcategorie;
        this.bekostiging = bekostiging;
        this.eenheid = eenheid;
        this.frequentie = frequentie;
        this.categorieen = categorieen;
    }

    public List<String> categorieLijst() {
        return categorieen == null || categorieen.isBlank() ? List.of()
                : Arrays.stream(categorieen.split(",")).map(String::strip).toList();
    }

    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public String getProductgroepCode() { return productgroepCode; }
    public String getIwmoProductcategorie() { return iwmoProductcategorie; }
    public Bekostiging getBekostiging() { return bekostiging; }
    public String getEenheid() { return eenheid; }
    public String getFrequentie() { return frequentie; }
}
