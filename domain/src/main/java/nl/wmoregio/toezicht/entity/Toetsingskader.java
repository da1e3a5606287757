package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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

/** A versioned set of norms; an onderzoek keeps the version it used, so later versions never change old reports. */
@Entity
@Table(name = "toetsingskader")
public class Toetsingskader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int versie;
    private String naam;
    @Column(name = "geldig_van")
    private LocalDate geldigVan;
    @OneToMany(mappedBy = "kader", fetch = FetchType.EAGER)
    @OrderBy("volgorde")
    private List<Norm> normen = new ArrayList<>();
    @Version
    private long version;

    protected Toetsingskader() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersie() { return versie; }
    public String getNaam() { return naam; }
    public LocalDate getGeldigVan() { return geldigVan; }
    public List<Norm> getNormen() { return normen; }
    public long getVersion() { return version; }
}
