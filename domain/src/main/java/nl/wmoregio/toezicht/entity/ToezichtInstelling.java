package nl.wmoregio.toezicht.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The region's toezicht settings (one row): reporting deadline in working days and triage deadline in days. */
@Entity
@Table(name = "toezicht_instelling")
public class ToezichtInstelling {

    public static final long ID = 1L;

    @Id
    private Long id;
    @Column(name = "regio_code")
    private String regioCode;
    @Column(name = "meldtermijn_werkdagen")
    private int meldtermijnWerkdagen;
    @Column(name = "triagetermijn_dagen")
    private int triagetermijnDagen;
    @Version
    private long version;

    protected ToezichtInstelling() {
    }

    public void wijzig(int meldtermijnWerkdagen, int triagetermijnDagen) {
        this.meldtermijnWerkdagen = meldtermijnWerkdagen;
        this.triagetermijnDagen = triagetermijnDagen;
    }

    public Long getId() { return id; }
    public String getRegioCode() { return regioCode; }
    public int getMeldtermijnWerkdagen() { return meldtermijnWerkdagen; }
    public int getTriagetermijnDagen() { return triagetermijnDagen; }
    public long getVersion() { return version; }
}
