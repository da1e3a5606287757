package nl.wmoregio.inkoop.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import nl.wmoregio.shared.DomainException;

/** The inkoop rules that need no database; each refusal names its rule (code) and field. */
public final class InkoopRules {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    public static final String BW = "BW";

    private InkoopRules() {
    }

    public static String kvkNummer(String raw) {
        String kvk = raw == null ? "" : raw.strip();
        if (!EIGHT_DIGITS.matcher(kvk).matches()) {
            throw new DomainException("KVK_ONGELDIG", "kvkNummer", "Het KvK-nummer bestaat uit precies 8 cijfers");
        }
        return kvk;
    }

    /** The AGB code is optional (not every Wmo provider has one), but when given it is 8 digits. */
    public static String agbCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String agb = raw.strip();
        if (!EIGHT_DIGITS.matcher(agb).matches()) {
            throw new DomainException("AGB_ONGELDIG", "agbCode", "De AGB-code bestaat uit precies 8 cijfers");
        }
        return agb;
    }

    public static String tekst(String raw, String field, String label, int max) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("VERPLICHT", field, label + " is verplicht");
        }
        String tekst = raw.strip();
        if (tekst.length() > max) {
            throw new DomainException("TE_LANG", field, label + " mag hoogstens " + max + " tekens hebben");
        }
        return tekst;
    }

    public static int jaar(Integer jaar) {
        if (jaar == null || jaar < 2000 || jaar > 2100) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Het jaar moet tussen 2000 en 2100 liggen");
        }
        return jaar;
    }

    public static long bedragCent(Long bedrag) {
        if (bedrag == null || bedrag < 0) {
            throw new DomainException("BEDRAG_ONGELDIG", "bedragCent", "Het tarief is een bedrag in hele eurocenten, 0 of meer");
        }
        return bedrag;
    }

    public static BigDecimal indexatie(BigDecimal pct) {
        if (pct == null) {
            return BigDecimal.ZERO;
        }
        if (pct.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("INDEXATIE_ONGELDIG", "indexatiePct", "Het indexatiepercentage ligt tussen -100 en 100");
        }
        return pct;
    }

    /** An output product is priced per category; a product without categories has one price. */
    public static String categorie(String raw, List<String> categorieen) {
        String categorie = raw == null ? "" : raw.strip().toUpperCase();
        if (categorieen.isEmpty() && !categorie.isEmpty()) {
            throw new DomainException("CATEGORIE_ONBEKEND", "categorie", "Dit product heeft geen categorieën");
        }
        if (!categorieen.isEmpty() && !categorieen.contains(categorie)) {
            throw new DomainException("CATEGORIE_ONBEKEND", "categorie",
                    "Kies een categorie van dit product: " + String.join(", ", categorieen));
        }
        return categorie;
    }

    /** Only the providers that had BW clients on 31-12-2014 may hold a deelovereenkomst BW. */
    public static void bwRecht(String productgroep, boolean bwRecht2014) {
        if (BW.equals(productgroep) && !bwRecht2014) {
            throw new DomainException("BW_ZONDER_RECHT", "productCode",
                    "Beschermd wonen is gesloten: alleen aanbieders die op 31-12-2014 BW-cliënten hadden krijgen een deelovereenkomst BW");
        }
    }

    /** A deelovereenkomst starts on a toetredingsmoment of its procedure, never in between. */
    public static void startOpToetredingsmoment(LocalDate van, Collection<LocalDate> momenten) {
        if (van == null) {
            throw new DomainException("VERPLICHT", "van", "De startdatum is verplicht");
        }
        if (!momenten.contains(van)) {
            throw new DomainException("START_BUITEN_TOETREDINGSMOMENT", "van",
                    "Een deelovereenkomst start op een toetredingsmoment van de procedure: "
                            + String.join(", ", momenten.stream().sorted().map(LocalDate::toString).toList()));
        }
    }

    /** A restricted tender admits at most its maximum number of providers. */
    public static void maximumAanbieders(Integer maximum, long huidigAantal, boolean alGecontracteerd) {
        if (maximum != null && !alGecontracteerd && huidigAantal >= maximum) {
            throw new DomainException("MAX_AANBIEDERS", "productCode",
                    "Deze aanbesteding laat hoogstens " + maximum + " aanbieders toe en die zijn er al");
        }
    }

    public static void productBijProcedure(String productgroepVanProduct, String productgroepVanProcedure) {
        if (!productgroepVanProduct.equals(productgroepVanProcedure)) {
            throw new DomainException("PRODUCT_NIET_IN_PROCEDURE", "productCode",
                    "Dit product valt niet onder deze inkoopprocedure (productgroep " + productgroepVanProcedure + ")");
        }
    }

    public static void verlengbaar(int verlengingen, int maximum) {
        if (verlengingen >= maximum) {
            throw new DomainException("MAX_VERLENGINGEN", "verlengingen",
                    "Een deelovereenkomst kan hoogstens " + maximum + " keer met een jaar worden verlengd");
        }
    }

    static final java.util.Set<String> WJ756_EENHEID = java.util.Set.of("01", "04", "14", "16", "82", "83", "84");
    static final java.util.Set<String> WMO757_FREQUENTIE = java.util.Set.of("1", "2", "4", "6");
    private static final Pattern PRODUCTCODE = Pattern.compile("[0-9A-Z]{1,5}");
    private static final Pattern WMO020 = Pattern.compile("0[1-9]|1[0-8]");

    public static String productcode(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase();
        if (!PRODUCTCODE.matcher(code).matches()) {
            throw new DomainException("PRODUCTCODE_ONGELDIG", "code", "De productcode bestaat uit 1 tot 5 cijfers of hoofdletters");
        }
        return code;
    }

    public static String productcategorie(String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!WMO020.matcher(code).matches()) {
            throw new DomainException("PRODUCTCATEGORIE_ONGELDIG", "iwmoProductcategorie",
                    "De productcategorie is een code uit iWmo-codelijst WMO020 (01 tot en met 18)");
        }
        return code;
    }

    public static String eenheid(String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!WJ756_EENHEID.contains(code)) {
            throw new DomainException("EENHEID_ONGELDIG", "eenheid", "De eenheid is een code uit iWmo-codelijst WJ756: "
                    + String.join(", ", WJ756_EENHEID.stream().sorted().toList()));
        }
        return code;
    }

    public static String frequentie(String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!WMO757_FREQUENTIE.contains(code)) {
            throw new DomainException("FREQUENTIE_ONGELDIG", "frequentie", "De frequentie is een code uit iWmo-codelijst WMO757: "
                    + String.join(", ", WMO757_FREQUENTIE.stream().sorted().toList()));
        }
        return code;
    }

    /** A restricted tender names its maximum; the other types have none. */
    public static Integer maximum(String type, Integer maximum) {
        if ("BEPERKT".equals(type)) {
            if (maximum == null || maximum < 1) {
                throw new DomainException("MAX_VERPLICHT", "maxAanbieders", "Een beperkte aanbesteding noemt het maximum aantal aanbieders (1 of meer)");
            }
            return maximum;
        }
        if (maximum != null) {
            throw new DomainException("MAX_NIET_TOEGESTAAN", "maxAanbieders", "Alleen een beperkte aanbesteding heeft een maximum aantal aanbieders");
        }
        return null;
    }

    public static void momentenBinnenPeriode(Collection<LocalDate> momenten, LocalDate van, LocalDate tot) {
        if (momenten == null || momenten.isEmpty()) {
            throw new DomainException("VERPLICHT", "momenten", "Geef minstens één toetredingsmoment (meestal de start van de contractperiode)");
        }
        for (LocalDate moment : momenten) {
            if (moment == null || moment.isBefore(van) || moment.isAfter(tot)) {
                throw new DomainException("MOMENT_BUITEN_PERIODE", "momenten",
                        "Elk toetredingsmoment ligt binnen de contractperiode " + van + " t/m " + tot);
            }
        }
    }

    /** An application is only admitted when every mandatory requirement is met. */
    public static void verplichteEisenVoldaan(List<String> nietVoldaan) {
        if (!nietVoldaan.isEmpty()) {
            throw new DomainException("EIS_NIET_VOLDAAN", "eisen",
                    "Toelaten kan niet: niet (aantoonbaar) voldaan aan " + String.join(", ", nietVoldaan));
        }
    }
}
