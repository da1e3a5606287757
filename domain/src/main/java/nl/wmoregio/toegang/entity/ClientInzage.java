package nl.wmoregio.toegang.entity;

import nl.wmoregio.shared.BsnInTekst;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One read or change of a client record (verwerkingenlogging). Append-only: every column is
 * insert-only, there are no setters, the application has no update or delete path for it, and
 * V13's triggers refuse UPDATE and DELETE in the database.
 */
@Entity
@Table(name = "client_inzage")
public class ClientInzage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDateTime tijdstip;

    @Column(nullable = false, updatable = false)
    private String gebruiker;

    @Column(updatable = false)
    private String rol;

    @Column(nullable = false, updatable = false)
    private String pseudoniem;

    @Column(nullable = false, updatable = false)
    private String actie;

    @Column(nullable = false, updatable = false)
    private String doel;

    protected ClientInzage() {
    }

    public ClientInzage(LocalDateTime tijdstip, String gebruiker, String rol, String pseudoniem, String actie, String doel) {
        this.tijdstip = tijdstip;
        this.gebruiker = gebruiker;
        this.rol = rol;
        this.pseudoniem = pseudoniem;
        this.actie = actie;
        this.doel = BsnInTekst.verwijder(doel); // L12 (issue 16): the stated reason is free text in an append-only log
    }

    public Long getId() { return id; }
    public LocalDateTime getTijdstip() { return tijdstip; }
    public String getGebruiker() { return gebruiker; }
    public String getRol() { return rol; }
    public String getPseudoniem() { return pseudoniem; }
    public String getActie() { return actie; }
    public String getDoel() { return doel; }
}
