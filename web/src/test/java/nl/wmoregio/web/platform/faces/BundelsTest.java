package nl.wmoregio.web.platform.faces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English bundles are complete: every Dutch key (base bundle) has an English text (issue 17). */
class BundelsTest {

    private static final Path I18N = Path.of("src", "main", "resources", "nl", "wmoregio", "web", "i18n");

    @Test
    void everyDutchKeyHasAnEnglishText() throws IOException {
        List<String> ontbreekt = new ArrayList<>();
        int bundels = 0;
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path basis : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList()) {
                String naam = basis.getFileName().toString().replace(".properties", "");
                Path engels = I18N.resolve(naam + "_en.properties");
                if (naam.equals("faces")) {
                    continue; // Faces' own message overrides: Dutch only, Faces has English built in
                }
                bundels++;
                Set<String> en = Files.exists(engels) ? keys(engels) : Set.of();
                for (String key : keys(basis)) {
                    if (!en.contains(key)) {
                        ontbreekt.add(naam + ": " + key);
                    }
                }
            }
        }
        assertTrue(bundels >= 10, "the bundles are found: " + bundels);
        assertTrue(ontbreekt.isEmpty(), ontbreekt.size() + " keys without English text:\n" + String.join("\n", ontbreekt));
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
