package nl.wmoregio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, one caller scope: only the {@code gebruiker} component reads or writes the tables
 * {@code gebruiker} and {@code gebruiker_rol}. Every other component asks
 * {@code gebruiker.boundary.Bereik} which gemeente a caller is bound to. Entity access across
 * components is already refused by {@link ArchitectureTest}; this rule looks into the SQL text
 * (the string constants of each compiled class) for native queries naming the table.
 */
class GebruikerTabelTest {

    /** SQL that names the table: from/join/into/update gebruiker (with or without back-ticks). */
    static final Pattern SQL = Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+`?gebruiker(_rol)?`?(\\s|$|,|\\)|;)");

    @Test
    void onlyTheGebruikerComponentReadsTheGebruikerTable() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.wmoregio");
        ArchCondition<JavaClass> noSql = new ArchCondition<>("not name the gebruiker table in SQL") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String constants = constants(c);
                Matcher m = SQL.matcher(constants);
                if (m.find()) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " names the gebruiker table: \"" + m.group() + "\""));
                }
            }
        };
        classes().that().resideOutsideOfPackage("nl.wmoregio.gebruiker..").should(noSql).check(all);
    }

    @Test
    void theRuleSeesANativeQueryOnTheTable() {
        // the rule can fail: the pattern matches the four queries it replaced
        for (String sql : new String[] {"select gemeente_id from gebruiker where gebruikersnaam = ?",
            "select gemeente_id from gebruiker where gebruikersnaam = ?1 and gemeente_id is not null",
            "SELECT r.rol FROM gebruiker_rol r JOIN `gebruiker` g ON g.id = r.gebruiker_id"}) {
            if (!SQL.matcher(sql).find()) {
                throw new AssertionError("not seen: " + sql);
            }
        }
        if (SQL.matcher("select gebruiker, actie from client_inzage").find()) {
            throw new AssertionError("a column named gebruiker is not the table");
        }
    }

    /** The class file as Latin-1 text: its string constants (modified UTF-8) appear verbatim. */
    static String constants(JavaClass c) {
        String resource = "/" + c.getName().replace('.', '/') + ".class";
        try (InputStream in = GebruikerTabelTest.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
