package nl.wmoregio.toegang.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Leeftijdsklassen;

/**
 * Issue 13 rules 6 (last part) and 7: the product shapes the toewijzing. The one rule point for
 * tariff category, eenheid and frequentie, stacking (iWmo TR302) and the time-boxed products;
 * pure (no database), called by {@link IndicatieRules} for every path that writes an indicatie
 * (REST, screens, renewal, continuity move) and checked against every indicatie the world
 * generator ({@link WereldModel}) yields (WereldModelTest). Each refusal names its rule and field.
 */
public final class ToewijzingRegels {

    /** Begeleiding plus (seed 001): "tijdelijk en zo kort mogelijk", "voor een beperkte termijn". */
    public static final String BEGELEIDING_PLUS = "02BIP";
    /** IB4 MO (seed 003): "jongvolwassenen tot 27 jaar", "tijdelijk (tot maximaal één jaar)". */
    public static final String IB4_MO = "16I4M";
    /** The limited period of begeleiding plus: seed 001 names no number; the region sets six months (one chain). */
    public static final int BEGELEIDING_PLUS_MAANDEN = 6;
    public static final int IB4_MO_MAX_LEEFTIJD = 27;
    public static final int IB4_MO_MAANDEN = 12;

    /** Another toewijzing of the client (for TR302): its id, product and period. */
    public record Bestaand(long id, String productCode, LocalDate van, LocalDate tot) {
    }

    private ToewijzingRegels() {
    }

    /** A product with tariff categories needs one of them on the toewijzing (else no declaration finds a tariff); without categories none. */
    public static String categorie(String productCode, List<String> categorieen, String raw) {
        String categorie = raw == null || raw.isBlank() ? null : raw.strip().toUpperCase();
        if (!categorieen.isEmpty()) {
            if (categorie == null || !categorieen.contains(categorie)) {
                throw new DomainException("CATEGORIE_ONGELDIG", "categorie",
                        "Kies de tariefcategorie van " + productCode + ": " + String.join(", ", categorieen));
            }
        } else if (categorie != null) {
            throw new DomainException("CATEGORIE_ONGELDIG", "categorie", productCode + " heeft geen tariefcategorieën");
        }
        return categorie;
    }

    /**
     * Eenheid (WJ756) comes from the product: left empty it is taken from the catalogue, another
     * one is refused (choice: a silent overwrite would hide a mistake in a REST client's input).
     */
    public static String eenheid(String productCode, String vanProduct, String raw) {
        return vanProduct(productCode, vanProduct, raw, "EENHEID_NIET_VAN_PRODUCT", "eenheid", "De eenheid");
    }

    /** Frequentie (WMO757) comes from the product, as {@link #eenheid}. */
    public static String frequentie(String productCode, String vanProduct, String raw) {
        return vanProduct(productCode, vanProduct, raw, "FREQUENTIE_NIET_VAN_PRODUCT", "frequentie", "De frequentie");
    }

    private static String vanProduct(String productCode, String vanProduct, String raw, String code, String veld, String label) {
        if (raw == null || raw.isBlank() || raw.strip().equals(vanProduct)) {
            return vanProduct;
        }
        throw new DomainException(code, veld, label + " van " + productCode + " is " + vanProduct + " (catalogus), niet " + raw.strip());
    }

    /**
     * TR302 (iWmo): the same product (iWmo productcategorie + productcode) may not be assigned twice
     * to one client in overlapping periods. A product code fixes its iWmo category, so the same
     * code is the same product, whatever its tariff category (A/B/C is the region's price, not
     * another product). {@code negeer}: the toewijzing itself (an edit) and the one it renews or
     * replaces (vorigeId: a renewal or continuity move follows it).
     */
    public static void geenStapeling(String productCode, LocalDate van, LocalDate tot, List<Bestaand> anderen, Long... negeer) {
        List<Long> overslaan = java.util.Arrays.stream(negeer).filter(Objects::nonNull).toList();
        LocalDate eind = tot == null ? LocalDate.MAX : tot;
        for (Bestaand b : anderen) {
            if (overslaan.contains(b.id()) || !productCode.equals(b.productCode())) {
                continue;
            }
            LocalDate bEind = b.tot() == null ? LocalDate.MAX : b.tot();
            if (!van.isAfter(bEind) && !b.van().isAfter(eind)) {
                throw new DomainException("TR302", "van", "TR302: deze cliënt heeft " + productCode + " al van " + b.van() + " tot "
                        + (b.tot() == null ? "open einde" : b.tot())
                        + "; hetzelfde product mag niet gestapeld worden in overlappende perioden");
            }
        }
    }

    /**
     * Time-boxed products: begeleiding plus at most {@value #BEGELEIDING_PLUS_MAANDEN} months, IB4 MO
     * only up to age {@value #IB4_MO_MAX_LEEFTIJD} on the start date and at most one year. The box
     * counts from {@code ketenVan}, the start of the chain of the same product (a renewal or a
     * move to another provider does not restart it); the age uses the one age rule
     * ({@link Leeftijdsklassen#leeftijd}, birth year only).
     */
    public static void tijdgebonden(String productCode, LocalDate ketenVan, LocalDate van, LocalDate tot, int geboortejaar) {
        if (BEGELEIDING_PLUS.equals(productCode)) {
            LocalDate uiterlijk = ketenVan.plusMonths(BEGELEIDING_PLUS_MAANDEN).minusDays(1);
            if (tot == null || tot.isAfter(uiterlijk)) {
                throw new DomainException("BEGELEIDING_PLUS_TE_LANG", "tot", "Begeleiding plus is tijdelijk: hoogstens "
                        + BEGELEIDING_PLUS_MAANDEN + " maanden vanaf " + ketenVan + ", dus uiterlijk tot " + uiterlijk);
            }
        }
        if (IB4_MO.equals(productCode)) {
            int leeftijd = Leeftijdsklassen.leeftijd(geboortejaar, van);
            if (leeftijd > IB4_MO_MAX_LEEFTIJD) {
                throw new DomainException("IB4MO_LEEFTIJD", "productCode", "IB4 MO is voor jongvolwassenen tot en met "
                        + IB4_MO_MAX_LEEFTIJD + " jaar; deze cliënt is " + leeftijd + " op " + van);
            }
            LocalDate uiterlijk = ketenVan.plusMonths(IB4_MO_MAANDEN).minusDays(1);
            if (tot == null || tot.isAfter(uiterlijk)) {
                throw new DomainException("IB4MO_TE_LANG", "tot", "IB4 MO is tijdelijk, tot maximaal één jaar vanaf " + ketenVan
                        + ": uiterlijk tot " + uiterlijk);
            }
        }
    }
}
