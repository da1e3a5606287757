package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.wmoregio.shared.Rollen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page x every role (and anonymous), generated from the pages in the WAR's source and the
 * security constraints in web.xml. Each page must be named by a constraint more specific than
 * the catch-all, so a new page gets an explicit role decision; a role the constraint names must
 * get the page (200), any other logged-in role 403, anonymous a redirect to the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolMatrixSchermenIT {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    /** Pages everyone may reach without a specific constraint. */
    private static final Set<String> OPEN_VOOR_IEDER = Set.of("/index.xhtml", "/fout.xhtml", "/login.xhtml");
    private static final Map<String, String> DEMO_USER = Map.of(Rollen.GEMEENTE, "gemeente.oss");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Constraint(String pattern, Set<String> roles) {
    }

    @Test
    void everyPageRefusesEveryRoleItsConstraintDoesNotNameAndShowsToTheOthers() throws Exception {
        List<Constraint> constraints = constraints();
        List<String> pages = pages();
        assertTrue(pages.size() >= 10, "the scan must find the pages, found " + pages);
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> expected = new HashMap<>();
        for (String page : pages) {
            String pattern = mostSpecific(constraints, page);
            if (pattern.equals("/*") && !OPEN_VOOR_IEDER.contains(page)) {
                failures.add(page + " has no security constraint of its own in web.xml (only the catch-all /*)");
            }
            Set<String> roles = new LinkedHashSet<>();
            constraints.stream().filter(c -> c.pattern().equals(pattern)).forEach(c -> roles.addAll(c.roles()));
            expected.put(page, roles);
        }
        int calls = 0;
        for (String page : pages) {
            if (page.equals("/login.xhtml") || page.equals("/fout.xhtml")) {
                continue;
            }
            HttpResponse<String> anonymous = get(page, null);
            calls++;
            if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
                failures.add("anonymous " + page + " -> " + anonymous.statusCode());
            }
        }
        for (String role : Rollen.ALLE) {
            String session = login(DEMO_USER.getOrDefault(role, role.toLowerCase()));
            for (String page : pages) {
                if (page.equals("/login.xhtml") || page.equals("/fout.xhtml")) {
                    continue;
                }
                HttpResponse<String> response = get(page, session);
                calls++;
                boolean allowed = expected.get(page).contains(role);
                int status = response.statusCode();
                if (allowed && status != 200) {
                    failures.add(role + " is allowed but got " + status + " at " + page);
                } else if (!allowed && status != 403) {
                    failures.add(role + " is not allowed but got " + status + " at " + page);
                }
            }
        }
        System.out.printf("[rolmatrix-schermen] %d pages, %d roles + anonymous, %d calls%n", pages.size(), Rollen.ALLE.size(), calls);
        assertTrue(failures.isEmpty(), failures.size() + " page role failures:\n" + String.join("\n", failures));
    }

    /**
     * Issue 16: the CSV export servlets (found by their {@code @WebServlet} patterns under {@code /export/}
     * in the compiled classes, so a new one joins) x every role and anonymous, with the role decision of
     * web.xml; answers to roles without client identity carry no BSN, pseudonym or masked BSN
     * ({@link Gegevensklassen}); and gemeente.oss asking for Bernheze (every combination of the
     * gemeente parameters) gets no Bernheze rows.
     */
    @Test
    void everyCsvExportFollowsTheRoleDecisionAndLeaksNoIdentityOrOtherGemeente() throws Exception {
        List<Constraint> constraints = constraints();
        List<String> exports = csvExports();
        assertTrue(exports.size() >= 6, "the scan must find the CSV servlets, found " + exports);
        long bernheze = Database.number("SELECT id FROM gemeente WHERE cbs_code = 'GM1721'");
        long ronde = Database.number("SELECT COALESCE(MAX(id), 0) FROM ceo_ronde");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String export : exports) {
            String url = export + (export.contains("steekproef") ? "?ronde=" + ronde : export.contains("benchmark") ? "?jaar=2023" : "");
            HttpResponse<String> anonymous = get(url, null);
            calls++;
            if (anonymous.statusCode() != 302 && anonymous.statusCode() != 401) {
                failures.add("anonymous " + url + " -> " + anonymous.statusCode());
            }
            Set<String> roles = new LinkedHashSet<>();
            String pattern = mostSpecific(constraints, export);
            constraints.stream().filter(c -> c.pattern().equals(pattern)).forEach(c -> roles.addAll(c.roles()));
            for (String role : Rollen.ALLE) {
                String user = DEMO_USER.getOrDefault(role, role.toLowerCase());
                String session = sessions.computeIfAbsent(user, this::loginQuietly);
                HttpResponse<String> response = get(url, session);
                calls++;
                int status = response.statusCode();
                // a GEMEENTE user may be refused another gemeente's record (the CEO round of the URL): isolation, not a role error
                if (roles.contains(role) && ((status == 403 && !role.equals(Rollen.GEMEENTE)) || status >= 500)) {
                    failures.add(role + " is allowed but got " + status + " at " + url);
                } else if (!roles.contains(role) && status != 403) {
                    failures.add(role + " is not allowed but got " + status + " at " + url);
                }
                if (status == 200 && Gegevensklassen.ZONDER_IDENTITEIT.contains(role)) {
                    List<String> gevonden = Gegevensklassen.gevonden(response.body());
                    if (BEWUST.containsKey(export) && !gevonden.isEmpty()) {
                        System.out.printf("[rolmatrix-csv] FOR THE LEAD: %s as %s holds %d identity data items by design: %s%n",
                                url, role, gevonden.size(), BEWUST.get(export));
                    } else {
                        gevonden.forEach(f -> failures.add(role + " " + url + ": " + f));
                    }
                }
            }
            // isolation: gemeente.oss names Bernheze in every gemeente parameter, alone and combined
            if (roles.contains(Rollen.GEMEENTE)) {
                String session = sessions.computeIfAbsent("gemeente.oss", this::loginQuietly);
                for (String query : List.of("gemeenteId=" + bernheze, "gemeente=GM1721", "gemeente=" + bernheze,
                        "gemeenteId=" + bernheze + "&gemeente=GM1721", "jaar=2031&gemeenteId=" + bernheze + "&indeling=HUIDIG")) {
                    String isolatie = url + (url.contains("?") ? "&" : "?") + query;
                    HttpResponse<String> response = get(isolatie, session);
                    calls++;
                    if (response.statusCode() == 200 && response.body().contains("Bernheze")) {
                        failures.add("gemeente.oss got Bernheze rows at " + isolatie);
                    } else if (response.statusCode() >= 500) {
                        failures.add("gemeente.oss got " + response.statusCode() + " at " + isolatie);
                    }
                }
            }
        }
        System.out.printf("[rolmatrix-csv] %d CSV exports, %d calls%n", exports.size(), calls);
        assertTrue(failures.isEmpty(), failures.size() + " CSV export failures:\n" + String.join("\n", failures));
    }

    private final Map<String, String> sessions = new HashMap<>();

    /** Every query parameter any CSV servlet reads (grep getParameter in web/src/main/java). */
    static final List<String> CSV_PARAMETERS = List.of("aanbiederId", "actie", "gebruiker", "gemeenteId", "indeling", "jaar",
            "productgroep", "pseudoniem", "reden", "ronde", "tot", "van", "gemeente");
    static final List<String> CSV_FUZZ = List.of("abc", "-1", "9223372036854775808", "1e309", "2023-02-30", "%00",
            "%E2%80%AE", "%27%20OR%201%3D1--", "%3DHYPERLINK(%22x%22)", "%C3%28", "x".repeat(4000));

    /**
     * Issue 16 "done means": the CSV servlets join the fuzz sweep. Each export, as a role its constraint
     * allows, with every parameter any export reads x hostile values (one at a time, then all at once):
     * no 5xx, no stack trace or exception class name in the answer.
     */
    @Test
    void everyCsvExportSurvivesHostileParameters() throws Exception {
        List<Constraint> constraints = constraints();
        List<String> exports = csvExports();
        assertTrue(exports.size() >= 6, "the scan must find the CSV servlets, found " + exports);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statussen = new java.util.TreeMap<>();
        int calls = 0;
        for (String export : exports) {
            String pattern = mostSpecific(constraints, export);
            String role = constraints.stream().filter(c -> c.pattern().equals(pattern)).flatMap(c -> c.roles().stream())
                    .filter(Rollen.ALLE::contains).findFirst().orElse(null);
            if (role == null) {
                failures.add("no role may call " + export);
                continue;
            }
            String session = sessions.computeIfAbsent(DEMO_USER.getOrDefault(role, role.toLowerCase()), this::loginQuietly);
            List<String> queries = new ArrayList<>();
            for (String parameter : CSV_PARAMETERS) {
                for (String value : CSV_FUZZ) {
                    queries.add(parameter + "=" + value);
                }
            }
            for (String value : List.of("-1", "1e309", "%00", "%C3%28")) {
                queries.add(String.join("&", CSV_PARAMETERS.stream().map(p -> p + "=" + value).toList()));
            }
            for (String query : queries) {
                String url = export + "?" + query;
                HttpResponse<String> response = get(url, session);
                calls++;
                statussen.merge(response.statusCode(), 1, Integer::sum);
                String body = response.body() == null ? "" : response.body();
                body = body.substring(0, Math.min(body.length(), 20_000)) // a stack trace would lead the answer
                        .replaceAll("jakarta\\.faces\\.[A-Za-z.]+", ""); // the page's own Faces names (ViewState, PrimeFaces' map of
                        // web.xml error pages: jakarta.faces.application.ViewExpiredException -> login) are no leak
                if (response.statusCode() >= 500) {
                    failures.add(0, role + " " + url.substring(0, Math.min(url.length(), 160)) + " -> " + response.statusCode());
                } else if (body.contains("Exception") || body.contains("\tat ") || body.matches("(?s).*\\b(java|jakarta|org\\.eclipse)\\.[a-z]+\\.[A-Z].*")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Exception|\\tat |\\b(java|jakarta|org\\.eclipse)\\.[a-z]+\\.[A-Z]\\w*").matcher(body);
                    failures.add(role + " " + url.substring(0, Math.min(url.length(), 160)) + ": stack trace or class name in the answer"
                            + (m.find() ? " (" + m.group() + ")" : ""));
                }
            }
        }
        System.out.printf("[fuzz-csv] %d CSV exports, %d calls, %s%n", exports.size(), calls, statussen);
        assertTrue(failures.isEmpty(), failures.size() + " CSV fuzz failures:\n" + String.join("\n", failures.stream().limit(40).toList()));
    }


    /**
     * Exports that carry identity data to a role without identity BY DESIGN, each with its reason; printed,
     * not failed, and listed as open in docs/security.md for a decision.
     */
    static final Map<String, String> BEWUST = Map.of("/ceo/export/steekproef.csv",
            "the CEO fieldwork file (respondent code + name and address, no pseudonym since issue 15) for the survey agency,"
                    + " each client logged as EXPORT (docs/ceo.md); open: respondent codes are 9-digit numbers that can pass the"
                    + " 11-proef, and whether CONTROLLER should hold names and addresses at all");

    private String loginQuietly(String user) {
        try {
            return login(user);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every CSV servlet URL in the compiled classes ({@code /x/*} patterns with each warehouse table). */
    static List<String> csvExports() throws IOException {
        Path classes = Path.of("target", "classes");
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Servlet.class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, RolMatrixSchermenIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.servlet.annotation.WebServlet servlet = type.getAnnotation(jakarta.servlet.annotation.WebServlet.class);
                if (servlet == null) {
                    continue;
                }
                for (String pattern : Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns())).toList()) {
                    if (!pattern.contains("/export/")) {
                        continue;
                    }
                    if (pattern.endsWith("/*")) {
                        for (String tabel : List.of("indicatoren", "maanden", "aanbieders", "projecties")) {
                            urls.add(pattern.replace("*", tabel + ".csv"));
                        }
                    } else {
                        urls.add(pattern);
                    }
                }
            }
        }
        return urls;
    }

    private HttpResponse<String> get(String page, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page.substring(1))).timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(viewState.find(), "login form has a view state");
        String form = "login=login&login%3Agebruikersnaam=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&login%3Awachtwoord=" + Http.DEMO_PASSWORD + "&login%3Aaanmelden=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(login.statusCode() == 302, "login of " + user + " failed: " + login.statusCode());
        return cookie(login);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted().toList();
        }
    }

    static List<Constraint> constraints() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
        List<Constraint> constraints = new ArrayList<>();
        NodeList list = xml.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            Set<String> roles = new LinkedHashSet<>();
            NodeList roleNames = constraint.getElementsByTagNameNS("*", "role-name");
            for (int r = 0; r < roleNames.getLength(); r++) {
                roles.add(roleNames.item(r).getTextContent().trim());
            }
            if (constraint.getElementsByTagNameNS("*", "auth-constraint").getLength() == 0) {
                roles.addAll(Rollen.ALLE); // no auth-constraint: open
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constraints.add(new Constraint(patterns.item(p).getTextContent().trim(), roles));
            }
        }
        return constraints;
    }

    /** The servlet rule: exact match, else the longest path prefix, else the extension. */
    static String mostSpecific(List<Constraint> constraints, String page) {
        String best = null;
        for (Constraint c : constraints) {
            String pattern = c.pattern();
            if (pattern.equals(page)) {
                return pattern;
            }
            if (pattern.endsWith("/*") && (page + "/").startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || !best.endsWith("/*") || pattern.length() > best.length())) {
                best = pattern;
            }
            if (pattern.startsWith("*.") && page.endsWith(pattern.substring(1)) && best == null) {
                best = pattern;
            }
        }
        if (best == null) {
            throw new AssertionError(page + " is not covered by any security constraint");
        }
        return best;
    }
}
