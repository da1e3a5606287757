package nl.wmoregio.web.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.wmoregio.shared.Rollen;

/**
 * The data-class check of the role matrix (issue 16): an answer to a role that may not see client
 * identity holds no 11-proef-valid 9-digit number (a BSN), no 64-hex pseudonym and no masked BSN.
 * ZIP answers are unpacked and every entry is searched.
 */
final class Gegevensklassen {

    /** Roles that see no client identity, not even masked or pseudonymous (docs/toegang.md). */
    static final Set<String> ZONDER_IDENTITEIT = Set.of(Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.MELDER);

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");
    private static final Pattern PSEUDONIEM = Pattern.compile("(?<![0-9a-fA-F])[0-9a-f]{64}(?![0-9a-fA-F])");
    private static final Pattern GEMASKEERD = Pattern.compile("\\*{5,}[0-9]{3}");

    private Gegevensklassen() {
    }

    /** What identity the answer holds, empty when none. */
    static List<String> gevonden(byte[] body) {
        List<String> found = new ArrayList<>();
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    for (String f : gevonden(new String(zip.readAllBytes(), StandardCharsets.UTF_8))) {
                        found.add(entry.getName() + ": " + f);
                    }
                }
            } catch (IOException e) {
                found.add("unreadable ZIP: " + e);
            }
            return found;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String begin = text.stripLeading();
        if (begin.startsWith("{") || begin.startsWith("[")) {
            // JSON: the app writes a BSN, pseudonym or masked BSN only as a string; numbers are ids,
            // counts and amounts (a 9-digit warehouse snapshot id passes the 11-proef by chance)
            try {
                StringBuilder strings = new StringBuilder();
                strings(jakarta.json.Json.createReader(new java.io.StringReader(text)).readValue(), strings);
                return gevonden(strings.toString());
            } catch (jakarta.json.JsonException notJson) {
                return gevonden(text);
            }
        }
        return gevonden(text);
    }

    private static void strings(jakarta.json.JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case STRING -> out.append(((jakarta.json.JsonString) value).getString()).append('\n');
            case OBJECT -> value.asJsonObject().forEach((k, v) -> {
                out.append(k).append('\n');
                strings(v, out);
            });
            case ARRAY -> value.asJsonArray().forEach(v -> strings(v, out));
            default -> {
            }
        }
    }

    static List<String> gevonden(String text) {
        List<String> found = new ArrayList<>();
        Matcher bsn = NEGEN_CIJFERS.matcher(text);
        while (bsn.find()) {
            if (elfproef(bsn.group())) {
                found.add("BSN-like " + bsn.group().substring(0, 3) + "......");
            }
        }
        Matcher p = PSEUDONIEM.matcher(text);
        if (p.find()) {
            found.add("pseudonym " + p.group().substring(0, 12) + "...");
        }
        Matcher m = GEMASKEERD.matcher(text);
        if (m.find()) {
            found.add("masked BSN " + m.group());
        }
        return found;
    }

    /** The BSN 11-proef: 9a + 8b + ... + 2h - 1i divisible by 11, not all zeros. */
    static boolean elfproef(String negen) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negen.charAt(i) - '0');
        }
        som -= negen.charAt(8) - '0';
        return som % 11 == 0 && !negen.equals("000000000");
    }
}
