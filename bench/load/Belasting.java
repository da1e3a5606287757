import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for issue 8: N concurrent clients for S seconds against the running application, a
 * mix of authenticated REST reads and writes. Single-file Java 17 program (no dependencies):
 *
 * <pre>java bench/load/Belasting.java base=http://127.0.0.1:8498/wmo/api/v1 clients=50 seconds=300 out=/tmp/load</pre>
 *
 * Writes to {@code out}: {@code latencies.tsv} (class, status, ms per request), {@code writes.tsv}
 * (every write answered 2xx with the key to find it in the database), {@code gemeenten.tsv} (the
 * last accepted name per edited gemeente) and prints a table per endpoint class: count, errors,
 * throughput, p50/p95/p99. The wrapper bench/load/run.sh checks the writes against the database.
 */
public final class Belasting {

    /** Endpoint classes with their share of the mix (percent). */
    enum Klasse {
        LIJST(30), CLIENT(20), DASHBOARD(10), STURING(10), MELDING(15), BEWERKING(10), IWMO(5);

        final int aandeel;

        Klasse(int aandeel) {
            this.aandeel = aandeel;
        }
    }

    record Meting(Klasse klasse, int status, long micros) {
    }

    static final Map<String, String> ARGS = new LinkedHashMap<>();
    static HttpClient http;
    static String base;
    static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36).toUpperCase();
    static final List<Meting> METINGEN = Collections.synchronizedList(new ArrayList<>(200_000));
    static final List<String> WRITES = Collections.synchronizedList(new ArrayList<>());
    static final Map<Long, String> GEMEENTE_NAAM = new ConcurrentHashMap<>();
    static final AtomicLong TELLER = new AtomicLong();
    static final AtomicLong FOUTEN_5XX = new AtomicLong();
    static final AtomicLong EDITS = new AtomicLong();
    static final List<String> VOORBEELD_FOUTEN = Collections.synchronizedList(new ArrayList<>());

    static List<Long> gemeenten = List.of();
    static List<Long> aanbieders = List.of();
    static List<Long> ossClienten = List.of();
    static List<Long> contracten = List.of();
    static String agb;
    static String cbsOntvanger;

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            int eq = a.indexOf('=');
            ARGS.put(a.substring(0, eq), a.substring(eq + 1));
        }
        base = ARGS.getOrDefault("base", "http://127.0.0.1:8498/wmo/api/v1");
        int clients = Integer.parseInt(ARGS.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(ARGS.getOrDefault("seconds", "300"));
        Path out = Path.of(ARGS.getOrDefault("out", "target/load"));
        Files.createDirectories(out);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

        voorbereiden(clients);
        System.out.printf("run %s: %d clients, %d s, %d gemeenten, %d aanbieders, %d clienten (Oss), %d contracten%n",
                RUN, clients, seconds, gemeenten.size(), aanbieders.size(), ossClienten.size(), contracten.size());

        long eind = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch klaar = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            int nr = i;
            Thread t = new Thread(() -> {
                try {
                    werk(nr, eind);
                } finally {
                    klaar.countDown();
                }
            }, "client-" + i);
            t.start();
        }
        klaar.await();
        double duur = (System.nanoTime() - t0) / 1e9;
        rapport(out, duur);
    }

    // ------------------------------------------------------------------ setup

    static void voorbereiden(int clients) throws Exception {
        gemeenten = ids(get("beheerder", "/gemeenten?size=100").body());
        aanbieders = ids(get("beheerder", "/aanbieders?size=100").body());
        ossClienten = ids(get("gemeente.oss", "/clienten?size=100").body());
        contracten = ids(get("contractmanager", "/contracten?size=100").body());
        String aanbieder = get("beheerder", "/aanbieders/" + aanbieders.get(0)).body();
        Matcher m = Pattern.compile("\"agbCode\"\\s*:\\s*\"(\\d{8})\"").matcher(aanbieder);
        agb = m.find() ? m.group(1) : "12345678";
        String gemeente = get("beheerder", "/gemeenten/" + gemeenten.get(0)).body();
        Matcher g = Pattern.compile("\"cbsCode\"\\s*:\\s*\"GM(\\d{4})\"").matcher(gemeente);
        cbsOntvanger = g.find() ? g.group(1) : "0828";
        // One gemeente per client to edit: edits of one client never collide with another's.
        for (int i = 0; i < clients; i++) {
            String code = String.format("GM%04d", 6000 + Math.floorMod((RUN.hashCode() + i * 7919), 3999));
            String naam = "Belasting " + RUN + " g" + i;
            HttpResponse<String> r = send("beheerder", HttpRequest.newBuilder(URI.create(base + "/gemeenten"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"cbsCode\":\"" + code + "\",\"naam\":\"" + naam
                            + "\",\"geldigVan\":\"2024-01-01\"}")));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("setup gemeente " + code + ": " + r.statusCode() + " " + r.body());
            }
            long id = Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
            GEMEENTE_NAAM.put(id, naam);
        }
        if (ossClienten.isEmpty() || gemeenten.isEmpty() || aanbieders.isEmpty()) {
            throw new IllegalStateException("no demo data to load against");
        }
    }

    static List<Long> ids(String json) {
        // Page<T>: {"items":[{"id":1,...},...],...}; the first "id" of each item object.
        List<Long> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        if (out.isEmpty()) {
            m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
            while (m.find()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the mix

    static void werk(int nr, long eind) {
        Random rnd = new Random(nr * 31L + 7);
        List<Long> eigen = new ArrayList<>(GEMEENTE_NAAM.keySet());
        Collections.sort(eigen);
        long mijnGemeente = eigen.get(nr % eigen.size());
        while (System.nanoTime() < eind) {
            int r = rnd.nextInt(100);
            Klasse k = Klasse.LIJST;
            int acc = 0;
            for (Klasse c : Klasse.values()) {
                acc += c.aandeel;
                if (r < acc) {
                    k = c;
                    break;
                }
            }
            try {
                switch (k) {
                    case LIJST -> lijst(rnd);
                    case CLIENT -> meet(k, "gemeente.oss", get("/clienten/" + kies(rnd, ossClienten)));
                    case DASHBOARD -> meet(k, "inkoop", get("/dashboard"));
                    case STURING -> meet(k, "controller", get(rnd.nextBoolean() ? "/warehouse/indicatoren" : "/warehouse/aanbieders"));
                    case MELDING -> melding(rnd);
                    case BEWERKING -> bewerk(mijnGemeente, nr);
                    case IWMO -> iwmo(rnd);
                }
            } catch (IOException | InterruptedException e) {
                METINGEN.add(new Meting(k, -1, 0));
                VOORBEELD_FOUTEN.add(k + " " + e);
            }
        }
    }

    static long kies(Random rnd, List<Long> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    static void lijst(Random rnd) throws IOException, InterruptedException {
        int page = rnd.nextInt(5);
        switch (rnd.nextInt(5)) {
            case 0 -> meet(Klasse.LIJST, "beheerder", get("/gemeenten?size=20&sort=naam&page=" + page));
            case 1 -> meet(Klasse.LIJST, "inkoop", get("/aanbieders?size=20&page=" + page));
            case 2 -> meet(Klasse.LIJST, "contractmanager", get("/contracten?size=20&page=" + page));
            case 3 -> meet(Klasse.LIJST, "toezichthouder", get("/toezicht/meldingen?size=20&page=" + page));
            default -> meet(Klasse.LIJST, "gemeente.oss", get("/clienten?size=20&page=" + page));
        }
    }

    static void melding(Random rnd) throws IOException, InterruptedException {
        String sleutel = "Belasting " + RUN + " m" + TELLER.incrementAndGet();
        String body = "{\"bron\":\"INWONER\",\"soort\":\"KLACHT\",\"aanbiederId\":" + kies(rnd, aanbieders)
                + ",\"gemeenteId\":" + kies(rnd, gemeenten) + ",\"gebeurtenisDatum\":\"" + LocalDate.now().minusDays(3)
                + "\",\"melddatum\":\"" + LocalDate.now() + "\",\"omschrijving\":\"" + sleutel + "\"}";
        HttpResponse<String> r = meet(Klasse.MELDING, "toezichthouder", post("/toezicht/meldingen", "application/json", body));
        if (r.statusCode() / 100 == 2) {
            WRITES.add("MELDING\t" + sleutel);
        }
    }

    static void bewerk(long gemeenteId, int nr) throws IOException, InterruptedException {
        HttpResponse<String> g = meet(Klasse.BEWERKING, "beheerder", get("/gemeenten/" + gemeenteId));
        String etag = g.headers().firstValue("ETag").orElse(null);
        Matcher m = Pattern.compile("\"cbsCode\"\\s*:\\s*\"(GM\\d{4})\"").matcher(g.body());
        if (etag == null || !m.find()) {
            return;
        }
        String naam = "Belasting " + RUN + " g" + nr + " v" + TELLER.incrementAndGet();
        HttpResponse<String> r = meet(Klasse.BEWERKING, "beheerder", HttpRequest.newBuilder(URI.create(base + "/gemeenten/" + gemeenteId))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cbsCode\":\"" + m.group(1) + "\",\"naam\":\"" + naam
                        + "\",\"geldigVan\":\"2024-01-01\"}")));
        if (r.statusCode() / 100 == 2) {
            GEMEENTE_NAAM.put(gemeenteId, naam);
            EDITS.incrementAndGet();
        }
    }

    static void iwmo(Random rnd) throws IOException, InterruptedException {
        String id = "L" + RUN + "X" + Long.toString(TELLER.incrementAndGet(), 36).toUpperCase();
        String bsn = bsn(rnd);
        String bericht = wmo323(id, bsn);
        HttpResponse<String> r = meet(Klasse.IWMO, "inkoop", post("/iwmo/berichten", "application/xml", bericht));
        if (r.statusCode() / 100 == 2) {
            WRITES.add("IWMO\t" + id);
        }
    }

    /** A random 9-digit number that passes the 11-proef (synthetic; starts with 9 like test BSNs). */
    static String bsn(Random rnd) {
        while (true) {
            int[] d = new int[9];
            d[0] = 9;
            for (int i = 1; i < 9; i++) {
                d[i] = rnd.nextInt(10);
            }
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += d[i] * (9 - i);
            }
            som -= d[8];
            if (som % 11 == 0) {
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }

    static String wmo323(String id, String bsn) {
        String basis = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
        int jaar = LocalDate.now().getYear() - 1;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\" xmlns:iwmo=\"" + basis + "\">\n"
                + "<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode><wmo323:BerichtVersie>3</wmo323:BerichtVersie>"
                + "<wmo323:BerichtSubversie>2</wmo323:BerichtSubversie><wmo323:Afzender>" + agb + "</wmo323:Afzender>"
                + "<wmo323:Ontvanger>" + cbsOntvanger + "</wmo323:Ontvanger>"
                + "<wmo323:BerichtIdentificatie><iwmo:Identificatie>" + id + "</iwmo:Identificatie>"
                + "<iwmo:Dagtekening>" + jaar + "-02-03</iwmo:Dagtekening></wmo323:BerichtIdentificatie>"
                + "<wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
                + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n"
                + "<wmo323:Declaratie><wmo323:DeclaratieNummer>" + id + "</wmo323:DeclaratieNummer>\n"
                + "<wmo323:DeclaratiePeriode><iwmo:Begindatum>" + jaar + "-01-01</iwmo:Begindatum><iwmo:Einddatum>" + jaar
                + "-01-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>\n"
                + "<wmo323:DeclaratieDagtekening>" + jaar + "-02-03</wmo323:DeclaratieDagtekening>\n"
                + "<wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>3000</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n"
                + "<wmo323:Clienten><wmo323:Client><wmo323:Bsn>" + bsn + "</wmo323:Bsn><wmo323:Prestaties>"
                + "<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>" + id + "P1</iwmo:ReferentieNummer></wmo323:ProductReferentie>"
                + "<wmo323:ToewijzingNummer>1</wmo323:ToewijzingNummer><wmo323:ProductCategorie>01</wmo323:ProductCategorie>"
                + "<wmo323:ProductCode>01A01</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>" + jaar
                + "-01-01</iwmo:Begindatum><iwmo:Einddatum>" + jaar + "-01-31</iwmo:Einddatum></wmo323:ProductPeriode>"
                + "<wmo323:GeleverdVolume>1</wmo323:GeleverdVolume><wmo323:Eenheid>14</wmo323:Eenheid>"
                + "<wmo323:ProductTarief>3000</wmo323:ProductTarief><wmo323:IngediendBedrag><iwmo:Bedrag>3000</iwmo:Bedrag>"
                + "<iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag></wmo323:Prestatie>"
                + "</wmo323:Prestaties></wmo323:Client></wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n";
    }

    // ------------------------------------------------------------------ HTTP

    record Verzoek(String gebruiker, HttpRequest.Builder builder) {
    }

    static HttpRequest.Builder get(String pad) {
        return HttpRequest.newBuilder(URI.create(base + pad)).GET();
    }

    static HttpRequest.Builder post(String pad, String type, String body) {
        return HttpRequest.newBuilder(URI.create(base + pad)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String gebruiker, String pad) throws IOException, InterruptedException {
        HttpResponse<String> r = send(gebruiker, get(pad));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + pad + " as " + gebruiker + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static HttpResponse<String> send(String gebruiker, HttpRequest.Builder b) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((gebruiker + ":" + ARGS.getOrDefault("password", "wmo-demo"))
                .getBytes(StandardCharsets.UTF_8));
        return http.send(b.header("Authorization", "Basic " + auth).header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> meet(Klasse k, String gebruiker, HttpRequest.Builder b) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> r = send(gebruiker, b);
        long us = (System.nanoTime() - t) / 1000;
        METINGEN.add(new Meting(k, r.statusCode(), us));
        if (r.statusCode() >= 500 || r.statusCode() == 400 || r.statusCode() == 401 || r.statusCode() == 403) {
            if (r.statusCode() >= 500) {
                FOUTEN_5XX.incrementAndGet();
            }
            if (VOORBEELD_FOUTEN.size() < 20) {
                VOORBEELD_FOUTEN.add(k + " " + r.request().method() + " " + r.uri() + " -> " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
        }
        return r;
    }

    // ------------------------------------------------------------------ report

    static void rapport(Path out, double duur) throws IOException {
        List<Meting> alle;
        synchronized (METINGEN) {
            alle = new ArrayList<>(METINGEN);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("latencies.tsv")))) {
            for (Meting m : alle) {
                w.println(m.klasse() + "\t" + m.status() + "\t" + m.micros() / 1000.0);
            }
        }
        Files.write(out.resolve("writes.tsv"), WRITES);
        List<String> namen = new ArrayList<>();
        GEMEENTE_NAAM.forEach((id, naam) -> namen.add(id + "\t" + naam));
        Files.write(out.resolve("gemeenten.tsv"), namen);
        Files.write(out.resolve("fouten.txt"), VOORBEELD_FOUTEN);
        Files.writeString(out.resolve("run.txt"), RUN + "\n");

        System.out.println();
        System.out.printf("| class | requests | per s | 2xx | 4xx (of which 409/412) | 5xx | failed | p50 ms | p95 ms | p99 ms |%n");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Klasse k : Klasse.values()) {
            regel(k.name(), alle.stream().filter(m -> m.klasse() == k).toList(), duur);
        }
        regel("all", alle, duur);
        System.out.printf("%nduration %.1f s; writes answered 2xx: %d meldingen, %d iWmo messages, %d gemeente edits (PUT) in %d gemeenten"
                + " (BEWERKING counts the GET before each PUT too)%n",
                duur, WRITES.stream().filter(s -> s.startsWith("MELDING")).count(),
                WRITES.stream().filter(s -> s.startsWith("IWMO")).count(), EDITS.get(), GEMEENTE_NAAM.size());
        System.out.println("run id " + RUN + "; first errors in " + out.resolve("fouten.txt"));
    }

    static void regel(String naam, List<Meting> ms, double duur) {
        long[] lat = ms.stream().filter(m -> m.status() > 0).mapToLong(Meting::micros).sorted().toArray();
        System.out.printf("| %s | %d | %.1f | %d | %d (%d) | %d | %d | %s | %s | %s |%n", naam, ms.size(), ms.size() / duur,
                ms.stream().filter(m -> m.status() / 100 == 2).count(),
                ms.stream().filter(m -> m.status() / 100 == 4).count(),
                ms.stream().filter(m -> m.status() == 409 || m.status() == 412).count(),
                ms.stream().filter(m -> m.status() >= 500).count(),
                ms.stream().filter(m -> m.status() < 0).count(),
                pct(lat, 50), pct(lat, 95), pct(lat, 99));
    }

    static String pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return String.format("%.0f", sorted[Math.max(0, i)] / 1000.0);
    }
}
