package nl.wmoregio.toezicht.entity;

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
import nl.wmoregio.toezicht.boundary.NormThema;

/** One concrete norm of a toetsingskader. */
@Entity
@Table(name = "toetsingskader_norm")
public class Norm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kader_id")
    private Toetsingskader kader;
    private String code;
    @Enumerated(EnumType.STRING)
    private NormThema thema;
    private String omschrijving;
    private int volgorde;

    protected Norm() {
    }

    public Long getId() { return id; }
    public Toetsingskader getKader() { return kader; }
    public String getCode() { return code; }
    public NormThema getThema() { return thema; }
    public String getOmschrijving() { return omschrijving; }
    public int getVolgorde() { return volgorde; }
}
