package nl.wmoregio.regio.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regional product group (e.g. HV, BW), tied to its iWmo productcategorie (WMO020). Reference data. */
@Entity
@Cacheable
@Table(name = "productgroep")
public class Productgroep {

    @Id
    private String code;

    @Column(nullable = false)
    private String naam;

    @Column(name = "iwmo_productcategorie", nullable = false)
    private String iwmoProductcategorie;

    private int volgorde;

    protected Productgroep() {
    }

    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public String getIwmoProductcategorie() { return iwmoProductcategorie; }
    public int getVolgorde() { return volgorde; }
}
