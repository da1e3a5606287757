package nl.wmoregio.web.platform.rest.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the web module as compiled, found by reflection over the module's classes:
 * what the OpenAPI filter needs and Payara's document does not carry (the Java class and method, the return
 * type's generic arguments, the regex of a template parameter). A resource added later is found without
 * being listed anywhere.
 */
final class JavaEndpoints {

    static final String PACKAGE = "nl.wmoregio.web";
    /** {name} or {name: regex}; the regex may hold one level of {m,n} quantifiers. */
    static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");
    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class, DELETE.class,
            PATCH.class, HEAD.class, OPTIONS.class);

    /**
     * One resource method.
     *
     * @param path the path below the API base (/api/v1), template parameters without their regex
     * @param regexes the regex per template parameter that had one
     */
    record Endpoint(String verb, String path, Map<String, String> regexes, Class<?> type, Method method) {

        /** The component: the package below nl.wmoregio.web (regio, inkoop, toegang, ...). */
        String component() {
            String name = type.getPackageName();
            String rest = name.startsWith(PACKAGE + ".") ? name.substring(PACKAGE.length() + 1) : name;
            return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        }

        /** Unique per API as long as method names are unique per resource class: resource + method. */
        String operationId() {
            String base = type.getSimpleName().replaceFirst("Resource$", "");
            String lower = base.isEmpty() ? "api" : Character.toLowerCase(base.charAt(0)) + base.substring(1);
            return lower + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        }

        String key() {
            return verb + " " + path;
        }
    }

    private JavaEndpoints() {
    }

    static List<Endpoint> scan(ClassLoader loader) {
        List<Endpoint> endpoints = new ArrayList<>();
        String root = null;
        List<Class<?>> resources = new ArrayList<>();
        for (String name : classNames(loader)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                root = type.getAnnotation(ApplicationPath.class).value();
            }
            if (type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                resources.add(type);
            }
        }
        for (Class<?> type : resources) {
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String raw = join(type.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                Map<String, String> regexes = new LinkedHashMap<>();
                endpoints.add(new Endpoint(verb, normalize(raw, regexes), Collections.unmodifiableMap(regexes), type, method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::verb));
        return endpoints;
    }

    /** The application path (api/v1) is the server's base, so paths below it start after it. */
    static String stripBase(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.startsWith(ApiVersie.BASIS + "/") ? p.substring(ApiVersie.BASIS.length()) : p;
    }

    /** "/a/{id: [0-9]+}/" to "/a/{id}", collecting the regex per parameter. */
    static String normalize(String raw, Map<String, String> regexes) {
        Matcher matcher = TEMPLATE_PARAM.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (matcher.group(2) != null && regexes != null) {
                regexes.put(matcher.group(1), matcher.group(2).trim());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement("{" + matcher.group(1) + "}"));
        }
        matcher.appendTail(out);
        String joined = Arrays.stream(out.toString().split("/")).filter(s -> !s.isBlank())
                .collect(Collectors.joining("/"));
        return stripBase("/" + joined);
    }

    static String verb(Method method) {
        for (Class<? extends Annotation> verb : VERBS) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String type, String method) {
        return "/" + stripSlashes(ApiVersie.BASIS) + "/" + stripSlashes(type) + "/" + stripSlashes(method);
    }

    private static String stripSlashes(String part) {
        return part.replaceAll("^/+|/+$", "");
    }

    /** Every class name below nl.wmoregio.web that the class loader can see, from directories and jars. */
    private static TreeSet<String> classNames(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        String folder = PACKAGE.replace('.', '/');
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    java.nio.file.Path dir = java.nio.file.Path.of(url.toURI());
                    java.nio.file.Path base = dir;
                    for (int i = 0; i < folder.split("/").length; i++) {
                        base = base.getParent();
                    }
                    java.nio.file.Path classes = base;
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(
                                classes.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "")));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            String entry = entries.nextElement().getName();
                            if (entry.startsWith(folder + "/") && entry.endsWith(".class")) {
                                names.add(entry.replace('/', '.').replaceAll("\\.class$", ""));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
