package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.control.TariefRegels;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Tarief;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Versies;

/** The product catalogue and its tariffs per product, category and calendar year. */
@Stateless
@PermitAll
public class CatalogusService {

    static final Map<String, String> SORTEERBAAR = Map.of("productCode", "t.product.code", "jaar", "t.jaar",
            "bedragCent", "t.bedragCent", "categorie", "t.categorie");

    @Inject
    InkoopRepository repository;

    @Inject
    AuditService audit;

    @Inject
    nl.wmoregio.regio.boundary.GemeenteService gemeenten;

    public List<ProductView> producten() {
        return repository.producten().stream().map(InkoopMapper::view).toList();
    }

    public Page<TariefView> tarieven(String productCode, Integer jaar, PageRequest page) {
        StringBuilder from = new StringBuilder("from Tarief t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (productCode != null && !productCode.isBlank()) {
            from.append(" and t.product.code = :p");
            params.put("p", productCode.strip().toUpperCase());
        }
        if (jaar != null) {
            from.append(" and t.jaar = :j");
            params.put("j", jaar);
        }
        List<Tarief> items = repository.page(Tarief.class, "t", from.toString(), params, page, SORTEERBAAR, "t.product.code");
        return new Page<>(items.stream().map(InkoopMapper::view).toList(), page.page(), page.size(),
                repository.count("t", from.toString(), params));
    }

    @RolesAllowed(Rollen.INKOOP)
    public ProductView createProduct(ProductInput input) {
        String code = InkoopRules.productcode(input.code());
        if (repository.producten().stream().anyMatch(p -> p.getCode().equals(code))) {
            throw new DomainException("PRODUCT_BESTAAT", "code", "Productcode " + code + " bestaat al");
        }
        String groep = input.productgroep() == null ? "" : input.productgroep().strip().toUpperCase();
        if (!gemeenten.productgroepen().stream().map(p -> p.code()).toList().contains(groep)) {
            throw new DomainException("PRODUCTGROEP_ONBEKEND", "productgroep", "Onbekende productgroep '" + input.productgroep() + "'");
        }
        Product.Bekostiging bekostiging;
        try {
            bekostiging = Product.Bekostiging.valueOf(input.bekostiging() == null ? "" : input.bekostiging().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("BEKOSTIGING_ONBEKEND", "bekostiging", "De bekostiging is OUTPUT, INSPANNING of TRAJECT");
        }
        String categorieen = input.categorieen() == null || input.categorieen().isBlank() ? null
                : String.join(",", java.util.Arrays.stream(input.categorieen().split(",")).map(c -> c.strip().toUpperCase())
                .filter(c -> !c.isEmpty()).distinct().toList());
        Product product = new Product(code, InkoopRules.tekst(input.naam(), "naam", "Naam", 200), groep,
                InkoopRules.productcategorie(input.iwmoProductcategorie()), bekostiging, InkoopRules.eenheid(input.eenheid()),
                InkoopRules.frequentie(input.frequentie()), categorieen);
        repository.persist(product);
        repository.flush();
        audit.record("Product", code, "AANGEMAAKT", product.getNaam() + " (" + groep + ", " + bekostiging + ")", null);
        return InkoopMapper.view(product);
    }

    @RolesAllowed(Rollen.INKOOP)
    public TariefView createTarief(TariefInput input) {
        Product product = repository.reference(Product.class, upper(input.productCode()), "productCode", "Product");
        String categorie = InkoopRules.categorie(input.categorie(), product.categorieLijst());
        int jaar = InkoopRules.jaar(input.jaar());
        long bedragCent = InkoopRules.bedragCent(input.bedragCent());
        java.math.BigDecimal indexatie = InkoopRules.indexatie(input.indexatiePct());
        // Issue 13 rule 6: the window is the procedures' periods plus the (extended) deelovereenkomsten of the product.
        if (!TariefRegels.inVenster(jaar, repository.tariefVenster(product.getCode(), product.getProductgroepCode()))) {
            throw new DomainException("TARIEF_ZONDER_CONTRACTPERIODE", "jaar",
                    "Er is in " + jaar + " geen contractperiode van een inkoopprocedure voor " + product.getProductgroepCode()
                            + " en geen (verlengde) deelovereenkomst voor " + product.getCode());
        }
        repository.tarief(product.getCode(), categorie, jaar).ifPresent(t -> {
            throw new DomainException("TARIEF_OVERLAP", "jaar", "Er is al een tarief voor " + product.getCode()
                    + (categorie.isEmpty() ? "" : " categorie " + categorie) + " in " + jaar + " (" + t.getBedragCent() + " cent)");
        });
        TariefRegels.indexatieKlopt(vorigJaar(product.getCode(), categorie, jaar), bedragCent, indexatie, jaar);
        Tarief tarief = new Tarief(product, categorie, jaar, bedragCent, indexatie);
        repository.persist(tarief);
        repository.flush();
        audit.record("Tarief", tarief.getId(), "AANGEMAAKT", product.getCode() + " " + categorie + " " + jaar + ": "
                + tarief.getBedragCent() + " cent (indexatie " + tarief.getIndexatiePct() + "%)", null);
        return InkoopMapper.view(tarief);
    }

    /** One tariff (for its own page with edit form and history). */
    public TariefView tarief(long id) {
        return InkoopMapper.view(repository.get(Tarief.class, id, "Tarief"));
    }

    @RolesAllowed(Rollen.INKOOP)
    public TariefView updateTarief(long id, long expectedVersion, TariefInput input) {
        Tarief tarief = repository.get(Tarief.class, id, "Tarief");
        Versies.controleer(tarief.getVersion(), expectedVersion, "Tarief");
        long voor = tarief.getBedragCent();
        long bedrag = InkoopRules.bedragCent(input.bedragCent());
        java.math.BigDecimal indexatie = InkoopRules.indexatie(input.indexatiePct());
        TariefRegels.indexatieKlopt(vorigJaar(tarief.getProduct().getCode(), tarief.getCategorie(), tarief.getJaar()), bedrag,
                indexatie, tarief.getJaar());
        tarief.wijzig(bedrag, indexatie);
        Versies.flush(repository::flush, "Tarief", tarief::getVersion);
        audit.record("Tarief", id, "GEWIJZIGD", voor + " -> " + tarief.getBedragCent() + " cent", null);
        return InkoopMapper.view(tarief);
    }

    /**
     * Issue 13 rule 6: "index the tariffs of year N into N+1 by p%". Every tariff of year N (or of
     * one product) gives next year's tariff, rounded half up to cents, with indexatie_pct p; an
     * existing tariff of N+1 (for example one carried over at 0% by an extension) is set to the
     * indexed amount. A product whose tariff window does not reach N+1 is skipped and named.
     * Each tariff and the action itself go to the audit trail.
     */
    @RolesAllowed(Rollen.INKOOP)
    public IndexatieResultaat indexeer(IndexatieInput input) {
        int jaar = InkoopRules.jaar(input.jaar());
        if (input.indexatiePct() == null) {
            throw new DomainException("VERPLICHT", "indexatiePct", "Het indexatiepercentage is verplicht");
        }
        java.math.BigDecimal pct = InkoopRules.indexatie(input.indexatiePct());
        String productCode = input.productCode() == null || input.productCode().isBlank() ? null : upper(input.productCode());
        if (productCode != null) {
            repository.reference(Product.class, productCode, "productCode", "Product");
        }
        List<Tarief> bron = repository.tarievenIn(jaar, productCode);
        if (bron.isEmpty()) {
            throw new DomainException("GEEN_TARIEVEN", "jaar", "Er zijn geen tarieven in " + jaar
                    + (productCode == null ? "" : " voor " + productCode) + " om te indexeren");
        }
        int naar = jaar + 1;
        Map<String, Boolean> inVenster = new HashMap<>();
        List<Tarief> gewijzigd = new java.util.ArrayList<>();
        java.util.Set<String> overgeslagen = new java.util.TreeSet<>();
        int aangemaakt = 0;
        int bijgewerkt = 0;
        for (Tarief t : bron) {
            Product product = t.getProduct();
            if (!inVenster.computeIfAbsent(product.getCode(), c -> TariefRegels.inVenster(naar,
                    repository.tariefVenster(c, product.getProductgroepCode())))) {
                overgeslagen.add(product.getCode());
                continue;
            }
            long bedrag = TariefRegels.geindexeerd(t.getBedragCent(), pct);
            Tarief volgend = repository.tarief(product.getCode(), t.getCategorie(), naar).orElse(null);
            if (volgend == null) {
                volgend = new Tarief(product, t.getCategorie(), naar, bedrag, pct);
                repository.persist(volgend);
                aangemaakt++;
            } else {
                volgend.wijzig(bedrag, pct);
                bijgewerkt++;
            }
            gewijzigd.add(volgend);
        }
        if (gewijzigd.isEmpty()) {
            throw new DomainException("TARIEF_ZONDER_CONTRACTPERIODE", "jaar", "Er is in " + naar
                    + " geen contractperiode of (verlengde) deelovereenkomst voor " + String.join(", ", overgeslagen));
        }
        repository.flush();
        for (Tarief t : gewijzigd) {
            audit.record("Tarief", t.getId(), "GEINDEXEERD", t.getProduct().getCode() + " " + t.getCategorie() + " " + naar + ": "
                    + t.getBedragCent() + " cent (" + pct.toPlainString() + "% op " + jaar + ")", null);
        }
        audit.record("Tarief", jaar + "->" + naar, "INDEXATIE", pct.toPlainString() + "%" + (productCode == null ? "" : " " + productCode)
                + ": " + aangemaakt + " aangemaakt, " + bijgewerkt + " bijgewerkt"
                + (overgeslagen.isEmpty() ? "" : ", buiten contractperiode: " + String.join(", ", overgeslagen)), null);
        return new IndexatieResultaat(jaar, naar, pct, aangemaakt, bijgewerkt, List.copyOf(overgeslagen),
                gewijzigd.stream().map(InkoopMapper::view).toList());
    }

    private Long vorigJaar(String productCode, String categorie, int jaar) {
        return repository.tarief(productCode, categorie, jaar - 1).map(Tarief::getBedragCent).orElse(null);
    }

    /** The tariff table as CSV (semicolon separated, as Dutch spreadsheets expect). */
    public String tarievenCsv() {
        StringBuilder csv = new StringBuilder("product;naam;categorie;jaar;bedrag_euro;indexatie_pct\n");
        for (int pagina = 0; ; pagina++) {
            Page<TariefView> page = tarieven(null, null, new PageRequest(pagina, PageRequest.MAX_SIZE, null, true));
            for (TariefView t : page.items()) {
                csv.append(Csv.row(t.productCode(), t.productNaam(), t.categorie(), t.jaar(), Csv.euro(t.bedragCent()),
                        t.indexatiePct()));
            }
            if ((long) (pagina + 1) * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        return csv.toString();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase();
    }
}
