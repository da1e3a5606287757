package nl.wmoregio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table belongs to one component, in SQL as in Java (DEVELOPERS.md). Every table the Flyway
 * migrations create gets an owner: the component whose entity maps it ({@code @Table}), or the
 * prefix and name rules below for tables without an entity. Then every SQL text in the domain's
 * main sources is read: a class may name only its own component's tables. Two kinds of class are
 * allowed to read across (ADR 0007): cross-component reporting queries in a class named
 * {@code *Rapportage}, and the demo/test-data seeders ({@code *DemoData}, {@code Demo*}, the generator
 * and its {@code Referentie} reference data), which
 * fill a whole synthetic region at once and never run in production.
 */
class TabelEigendomTest {

    static final Path MAIN = Path.of("src/main/java/nl/wmoregio");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables without an entity: owner by exact name. */
    static final Map<String, String> ZONDER_ENTITY = Map.of(
            "audit_keten", "audit",
            "bewaartermijn", "privacy",
            "declaratie_regel", "toegang",
            "gebruiker_rol", "gebruiker",
            "onderzoek_norm", "toezicht",
            "toetreding_product", "inkoop");

    /** Tables without an entity: owner by name prefix. */
    static final Map<String, String> PREFIXEN = Map.of(
            "wh_", "sturing",
            "ceo_", "ceo",
            "kw_", "kwaliteit",
            "iwmo_", "iwmo",
            "toezicht_", "toezicht");

    /**
     * Known debt, shrinking only: "class names table" pairs from before the rule existed (issue 18).
     * The test fails when one of these is no longer needed, so the list cannot rot; a new pair
     * outside it fails too.
     */
    static final Set<String> BEKENDE_SCHULD = Set.of(
            "inkoop/control/InkoopAandachtQueries.java names indicatie (toegang)",
            "iwmo/control/IwmoAandachtQueries.java names aanbieder (inkoop)",
            "iwmo/control/IwmoAandachtQueries.java names gemeente (regio)",
            "ceo/boundary/CeoService.java names aanbieder (inkoop)",
            "ceo/boundary/CeoService.java names client (toegang)",
            "ceo/boundary/CeoService.java names gemeente (regio)",
            "ceo/boundary/CeoService.java names indicatie (toegang)",
            "ceo/boundary/CeoService.java names product (inkoop)",
            "inkoop/boundary/DashboardService.java names gemeente (regio)",
            "inkoop/boundary/DashboardService.java names indicatie (toegang)",
            "iwmo/control/IwmoRepository.java names aanbieder (inkoop)",
            "iwmo/control/IwmoRepository.java names declaratie_regel (toegang)",
            "iwmo/control/IwmoRepository.java names gemeente (regio)",
            "iwmo/control/IwmoRepository.java names tarief (inkoop)",
            "kwaliteit/boundary/KwaliteitService.java names aanbieder (inkoop)",
            "kwaliteit/boundary/KwaliteitService.java names contract (inkoop)",
            "toegang/boundary/ToewijzingLookup.java names aanbieder (inkoop)",
            "toegang/boundary/ToewijzingLookup.java names gemeente (regio)",
            "toegang/boundary/ToewijzingLookup.java names product (inkoop)",
            "toegang/control/ToegangRepository.java names aanbieder (inkoop)",
            "toegang/control/ToegangRepository.java names contract (inkoop)",
            "toegang/control/ToegangRepository.java names deelovereenkomst (inkoop)",
            "toegang/control/ToegangRepository.java names gemeente (regio)",
            "toegang/control/ToegangRepository.java names product (inkoop)",
            "toezicht/boundary/MeldingBewaring.java names audit_entry (audit)");

    static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_0-9]+)");
    static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");
    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+`?([a-z_][a-z_0-9]*)");

    static Map<String, String> eigenaar = new TreeMap<>();

    @BeforeAll
    static void eigenaren() throws IOException {
        Map<String, String> entities = new TreeMap<>();
        for (Path f : javaFiles()) {
            Matcher m = TABLE_ANNOTATION.matcher(Files.readString(f));
            while (m.find()) {
                entities.put(m.group(1), component(f));
            }
        }
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    String tabel = m.group(1).toLowerCase(Locale.ROOT);
                    eigenaar.put(tabel, owner(tabel, entities));
                }
            }
        }
    }

    static String owner(String tabel, Map<String, String> entities) {
        if (entities.containsKey(tabel)) {
            return entities.get(tabel);
        }
        if (ZONDER_ENTITY.containsKey(tabel)) {
            return ZONDER_ENTITY.get(tabel);
        }
        return PREFIXEN.entrySet().stream().filter(e -> tabel.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void everyTableHasOneOwningComponent() {
        Set<String> zonder = new TreeSet<>();
        eigenaar.forEach((tabel, comp) -> {
            if (comp == null) {
                zonder.add(tabel);
            }
        });
        assertTrue(eigenaar.size() > 40, "the migrations were read: " + eigenaar.size() + " tables");
        assertEquals(Set.of(), zonder, "tables without an owner: map them to an entity or add them to ZONDER_ENTITY/PREFIXEN");
    }

    @Test
    void sqlNamesOnlyTheComponentsOwnTables() throws IOException {
        List<String> vreemd = new ArrayList<>();
        for (Path f : javaFiles()) {
            String naam = f.getFileName().toString().replace(".java", "");
            if (naam.endsWith("Rapportage") || naam.endsWith("DemoData") || naam.startsWith("Demo") || naam.startsWith("Generator")
                    || naam.equals("Referentie")) {
                continue;
            }
            String comp = component(f);
            for (String tabel : tabellenIn(Files.readString(f))) {
                String owner = eigenaar.get(tabel);
                if (owner != null && !owner.equals(comp)) {
                    vreemd.add(MAIN.relativize(f) + " names " + tabel + " (" + owner + ")");
                }
            }
        }
        List<String> nieuw = vreemd.stream().filter(v -> !BEKENDE_SCHULD.contains(v)).toList();
        List<String> opgelost = BEKENDE_SCHULD.stream().filter(v -> !vreemd.contains(v)).sorted().toList();
        assertEquals(List.of(), opgelost, "no longer needed: remove from BEKENDE_SCHULD");
        assertEquals(List.of(), nieuw, "SQL on another component's table: call its boundary, or move the "
                + "reporting query into a class named *Rapportage (ADR 0007)");
    }

    /** The detector itself: a test that cannot fail is a defect. */
    @Test
    void detectorFindsTablesInStringLiterals() {
        assertEquals(Set.of("indicatie", "gemeente", "wh_run"),
                tabellenIn("String q = \"SELECT i.id FROM indicatie i JOIN gemeente g ON g.id = i.gemeente_id\";\n"
                        + "em.createNativeQuery(\"\"\"\n  UPDATE wh_run SET status = 'KLAAR'\"\"\");\n"
                        + "// from comment_table is no SQL string"));
    }

    static Set<String> tabellenIn(String source) {
        Set<String> tabellen = new TreeSet<>();
        Matcher s = STRING.matcher(source);
        while (s.find()) {
            String text = s.group(1) != null ? s.group(1) : s.group(2);
            Matcher t = SQL_TABLE.matcher(text);
            while (t.find()) {
                tabellen.add(t.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tabellen;
    }

    static String component(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    static List<Path> javaFiles() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
