package nl.wmoregio.gebruiker.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "gebruiker")
public class Gebruiker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String gebruikersnaam;

    @Column(name = "wachtwoord_hash", nullable = false)
    private String wachtwoordHash;

    @Column(name = "volledige_naam", nullable = false)
    private String volledigeNaam;

    /** Only for role GEMEENTE: the gemeente (regio component, by id) whose data this user may see. */
    @Column(name = "gemeente_id")
    private Long gemeenteId;

    /** Only for role MELDER: the provider this reporting account belongs to (issue 16, M10). */
    @Column(name = "aanbieder_id")
    private Long aanbiederId;

    private boolean actief = true;

    /** Only for role TOEZICHTHOUDER: the toezicht organisation (GGD, WMO_TOEZICHTHOUDER) the user works for. */
    @Column(name = "toezicht_organisatie")
    private String toezichtOrganisatie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gebruiker_rol", joinColumns = @JoinColumn(name = "gebruiker_id"))
    @Column(name = "rol")
    private Set<String> rollen = new HashSet<>();

    @Version
    private long version;

    protected Gebruiker() {
    }

    public Gebruiker(String gebruikersnaam, String wachtwoordHash, String volledigeNaam, Set<String> rollen, Long gemeenteId) {
        this.gebruikersnaam = gebruikersnaam;
        this.wachtwoordHash = wachtwoordHash;
        this.volledigeNaam = volledigeNaam;
        this.rollen = new HashSet<>(rollen);
        this.gemeenteId = gemeenteId;
    }

    public Long getId() { return id; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public String getWachtwoordHash() { return wachtwoordHash; }
    public String getVolledigeNaam() { return volledigeNaam; }
    public Long getGemeenteId() { return gemeenteId; }
    public Long getAanbiederId() { return aanbiederId; }
    public boolean isActief() { return actief; }
    public Set<String> getRollen() { return rollen; }
    public String getToezichtOrganisatie() { return toezichtOrganisatie; }
    public void setToezichtOrganisatie(String toezichtOrganisatie) { this.toezichtOrganisatie = toezichtOrganisatie; }
    public long getVersion() { return version; }

    /** Roles and bindings as the beheer screen sets them (issue 16, L19); the rules are checked by the boundary. */
    public void wijzig(String volledigeNaam, Set<String> rollen, Long gemeenteId, String toezichtOrganisatie, Long aanbiederId) {
        this.volledigeNaam = volledigeNaam;
        this.rollen.retainAll(rollen);
        this.rollen.addAll(rollen);
        this.gemeenteId = gemeenteId;
        this.toezichtOrganisatie = toezichtOrganisatie;
        this.aanbiederId = aanbiederId;
    }

    public void nieuwWachtwoord(String wachtwoordHash) {
        this.wachtwoordHash = wachtwoordHash;
    }

    public void setActief(boolean actief) {
        this.actief = actief;
    }
}
