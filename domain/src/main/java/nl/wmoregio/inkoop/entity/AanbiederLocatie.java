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

/** A location of a provider, e.g. a dagbesteding site somewhere in the region. */
@Entity
@Table(name = "aanbieder_locatie")
public class AanbiederLocatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @Column(nullable = false)
    private String naam;
    @Column(nullable = false)
    private String adres;
    @Column(nullable = false)
    private String postcode;
    @Column(nullable = false)
    private String plaats;

    protected AanbiederLocatie() {
    }

    AanbiederLocatie(Aanbieder aanbieder, String naam, String adres, String postcode, String plaats) {
        this.aanbieder = aanbieder;
        this.naam = naam;
        this.adres = adres;
        this.postcode = postcode;
        this.plaats = plaats;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public String getAdres() { return adres; }
    public String getPostcode() { return postcode; }
    public String getPlaats() { return plaats; }
}
