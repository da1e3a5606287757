package nl.wmoregio.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the lake holds of one source: a fingerprint per partition (key "2025|7" for jaar and
 * maand, "*" for an unpartitioned source) as computed in MariaDB at the extract, and a hash of the
 * source's definition (select, schema, partition columns) so that a changed {@link Bronnen} entry
 * forces a full extract. Stored as a properties file {@code <lake>/_manifest/<source>.properties}.
 *
 * @param definitie   hash of the source definition
 * @param partities   fingerprint per partition key
 */
public record Manifest(String definitie, Map<String, String> partities) {

    /** Key of the single partition of an unpartitioned source. */
    public static final String ALLES = "*";

    /** The text a NULL partition value gets in a key. */
    public static final String NULL = "\u2205";

    public Manifest {
        partities = java.util.Collections.unmodifiableMap(new TreeMap<>(partities));
    }

    public static String definitie(Bronnen.Bron b) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((b.select() + "\n" + b.schema() + "\n"
                    + String.join(",", b.partitie())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What changed between this (the lake) and {@code nu} (the source now). */
    public record Verschil(List<String> gewijzigd, List<String> verdwenen) {
        public boolean leeg() {
            return gewijzigd.isEmpty() && verdwenen.isEmpty();
        }
    }

    /** Partitions that are new or whose fingerprint differs, and partitions that no longer exist. */
    public Verschil verschil(Manifest nu) {
        List<String> gewijzigd = new ArrayList<>();
        nu.partities.forEach((k, v) -> {
            if (!v.equals(partities.get(k))) {
                gewijzigd.add(k);
            }
        });
        List<String> verdwenen = partities.keySet().stream().filter(k -> !nu.partities.containsKey(k)).toList();
        return new Verschil(List.copyOf(gewijzigd), verdwenen);
    }

    public String alsTekst() {
        Properties p = new Properties();
        p.setProperty("definitie", definitie);
        p.setProperty("partities", String.valueOf(partities.size()));
        partities.forEach((k, v) -> p.setProperty("p." + k, v));
        StringWriter w = new StringWriter();
        try {
            p.store(w, "wmo warehouse lake manifest");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** The manifest in the text, or null when it is missing, corrupt or incomplete. */
    public static Manifest lees(String tekst) {
        if (tekst == null) {
            return null;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(tekst));
            String definitie = p.getProperty("definitie");
            int n = Integer.parseInt(p.getProperty("partities", "-1"));
            Map<String, String> partities = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("p.")) {
                    partities.put(k.substring(2), p.getProperty(k));
                }
            }
            if (definitie == null || definitie.isBlank() || n != partities.size()) {
                return null;
            }
            return new Manifest(definitie, partities);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
