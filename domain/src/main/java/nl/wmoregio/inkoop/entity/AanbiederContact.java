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

/** A contact person at a provider (synthetic in demo data). */
@Entity
@Table(name = "aanbieder_contact")
public class AanbiederContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;

    @Column(nullable = false)
    private String naam;
    private String functie;
    private String email;
    private String telefoon;

    protected AanbiederContact() {
    }

    AanbiederContact(Aanbieder aanbieder, String naam, String functie, String email, String telefoon) {
        this.aanbieder = aanbieder;
        this.naam = naam;
        this.functie = functie;
        this.email = email;
        this.telefoon = telefoon;
    }

    public Long getId() { return id; }
    public String getNaam() { return naam; }
    public String getFunctie() { return functie; }
    public String getEmail() { return email; }
    public String getTelefoon() { return telefoon; }
}
