package nl.wmoregio.inkoop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The price of a product (and category) for one calendar year, in whole eurocents. */
@Entity
@Table(name = "tarief")
public class Tarief {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_code")
    private Product product;

    @Column(nullable = false)
    private String categorie;

    private int jaar;

    @Column(name = "bedrag_cent")
    private long bedragCent;

    @Column(name = "indexatie_pct")
    private BigDecimal indexatiePct;

    @Version
    private long version;

    protected Tarief() {
    }

    public Tarief(Product product, String categorie, int jaar, long bedragCent, BigDecimal indexatiePct) {
        this.product = product;
        this.categorie = categorie;
        this.jaar = jaar;
        this.bedragCent = bedragCent;
        this.indexatiePct = indexatiePct;
    }

    public void wijzig(long bedragCent, BigDecimal indexatiePct) {
        this.bedragCent = bedragCent;
        this.indexatiePct = indexatiePct;
    }

    public Long getId() { return id; }
    public Product getProduct() { return product; }
    public String getCategorie() { return categorie; }
    public int getJaar() { return jaar; }
    public long getBedragCent() { return bedragCent; }
    public BigDecimal getIndexatiePct() { return indexatiePct; }
    public long getVersion() { return version; }
}
