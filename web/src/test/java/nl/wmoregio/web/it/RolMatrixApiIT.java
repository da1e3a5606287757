package nl.wmoregio.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmoregio.shared.Rollen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint x every role (and anonymous), generated from the resource classes as
 * compiled: a new endpoint is in this matrix without anyone listing it. Refused roles must get
 * 403 GEEN_TOEGANG, anonymous 401; allowed roles must get past the role check and never a 5xx
 * (they are called with an unknown id and, for writes, a malformed body, so nothing changes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolMatrixApiIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    /** The demo user that holds each role; a role without a demo user fails the test. */
    private static final Map<String, String> DEMO_USER = Map.of(Rollen.GEMEENTE, "gemeente.oss");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    record Endpoint(String httpMethod, String path, Set<String> roles, boolean permitAll, boolean hasBody,
                    String consumes, String source, String template, Method method) {
        boolean allows(String role) {
            return permitAll || roles.contains(role);
        }

        String describe() {
            return httpMethod + " /" + path + " (" + source + ")";
        }
    }

    @Test
    void everyEndpointRefusesEveryRoleItDoesNotNameAndLetsTheOthersThrough() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 30, "the scan must find the API's endpoints, found " + endpoints.size());
        List<String> failures = new ArrayList<>();
        int calls = 0;
        int skipped = 0;
        for (Endpoint endpoint : endpoints) {
            HttpResponse<String> anonymous = call(endpoint, null);
            calls++;
            if (anonymous.statusCode() != 401) {
                failures.add("anonymous " + endpoint.describe() + " -> " + anonymous.statusCode());
            }
            for (String role : Rollen.ALLE) {
                String user = DEMO_USER.getOrDefault(role, role.toLowerCase());
                boolean writes = !endpoint.httpMethod().equals("GET") && !endpoint.httpMethod().equals("HEAD");
                if (endpoint.allows(role) && writes && !endpoint.hasBody()) {
                    skipped++; // a write without a body would really happen; its refusals are still checked
                    continue;
                }
                HttpResponse<String> response = call(endpoint, user);
                calls++;
                int status = response.statusCode();
                boolean roleRefusal = status == 403 && response.body().contains("GEEN_TOEGANG");
                if (status == 401) {
                    failures.add(role + " (" + user + ") could not log in at " + endpoint.describe());
                } else if (endpoint.allows(role) && (roleRefusal || status >= 500)) {
                    failures.add(role + " is allowed but got " + status + " at " + endpoint.describe() + ": "
                            + abbreviate(response.body()));
                } else if (!endpoint.allows(role) && !roleRefusal) {
                    failures.add(role + " is not allowed but got " + status + " at " + endpoint.describe() + ": "
                            + abbreviate(response.body()));
                }
            }
        }
        System.out.printf("[rolmatrix] %d endpoints, %d roles + anonymous, %d calls, %d allowed writes without body not called%n",
                endpoints.size(), Rollen.ALLE.size(), calls, skipped);
        assertTrue(failures.isEmpty(), failures.size() + " role matrix failures:\n" + String.join("\n", failures));
    }

    private HttpResponse<String> call(Endpoint endpoint, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + endpoint.path()))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (endpoint.hasBody()) {
            // Malformed on purpose: an allowed role gets a 400 and nothing is written.
            request.header("Content-Type", endpoint.consumes());
            request.method(endpoint.httpMethod(), HttpRequest.BodyPublishers.ofString("{\"<onvolledig"));
        } else {
            request.method(endpoint.httpMethod(), HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<Endpoint> endpoints() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        String root = applicationPath(classes);
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                Class<?> type = load(classes, file);
                if (type == null || !type.isAnnotationPresent(Path.class) || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        endpoints.add(endpoint(root, type, method, httpMethod));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static Endpoint endpoint(String root, Class<?> type, Method method, String httpMethod) {
        String path = join(root, type.getAnnotation(Path.class).value(),
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Set<String> roles = Set.of();
        boolean permitAll = false;
        if (!method.isAnnotationPresent(DenyAll.class)) {
            if (method.isAnnotationPresent(RolesAllowed.class)) {
                roles = Set.of(method.getAnnotation(RolesAllowed.class).value());
            } else if (method.isAnnotationPresent(PermitAll.class)) {
                permitAll = true;
            } else if (type.isAnnotationPresent(RolesAllowed.class)) {
                roles = Set.of(type.getAnnotation(RolesAllowed.class).value());
            } else {
                permitAll = type.isAnnotationPresent(PermitAll.class);
            }
        }
        boolean hasBody = Arrays.stream(method.getParameters()).anyMatch(RolMatrixApiIT::isEntity);
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : type.getAnnotation(Consumes.class);
        String mediaType = consumes == null || consumes.value().length == 0 ? "application/json"
                : consumes.value()[0].split(",")[0].trim();
        return new Endpoint(httpMethod, fill(path), roles, permitAll, hasBody, mediaType,
                type.getSimpleName() + "." + method.getName(), path, method);
    }

    static boolean isEntity(Parameter parameter) {
        return Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, FormParam.class, CookieParam.class,
                MatrixParam.class, BeanParam.class, Context.class).noneMatch(parameter::isAnnotationPresent);
    }

    /** Template parameters get a value that matches their pattern but names nothing that exists. */
    static String fill(String path) {
        Matcher matcher = TEMPLATE_PARAM.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String regex = matcher.group(2) == null ? "[^/]+" : matcher.group(2).trim();
            // ...or, for a choice of literals like {tabel: a|b|c}, the first of them.
            String value = Stream.of("999999999", "GM9999", "9999-99", "2099", "ONBEKEND", "onbekend", "x", regex.split("\\|")[0])
                    .filter(candidate -> candidate.matches(regex)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no test value for {" + matcher.group(1) + ": " + regex + "}"));
            matcher.appendReplacement(filled, value);
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/"));
    }

    private static String httpMethod(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PUT.class,
                DELETE.class, PATCH.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String applicationPath(java.nio.file.Path classes) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(f -> load(classes, f))
                    .filter(t -> t != null && t.isAnnotationPresent(ApplicationPath.class))
                    .map(t -> t.getAnnotation(ApplicationPath.class).value()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no @ApplicationPath in " + classes.toAbsolutePath()));
        }
    }

    private static Class<?> load(java.nio.file.Path classes, java.nio.file.Path file) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, RolMatrixApiIT.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
