package nl.wmoregio.web.platform.rest.openapi;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wmoregio.shared.Page;
import nl.wmoregio.web.platform.rest.PageParams;
import nl.wmoregio.web.platform.rest.openapi.JavaEndpoints.Endpoint;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The one place that makes the OpenAPI document complete and valid (docs/api.md): Payara generates the paths
 * and the texts of {@code @Operation}/{@code @Parameter}; this filter (mp.openapi.filter) rebuilds every
 * operation from the resource method itself, so that an endpoint added later follows the same rules without
 * an annotation:
 * <ul>
 *   <li>operationId = resource + method (gemeenteZoek), one tag per component (the package: regio, inkoop, ...);</li>
 *   <li>parameters from the JAX-RS annotations, paging (page/size/sort) and If-Match as shared components,
 *       a JAX-RS regex template ({tabel: a|b}) as {tabel} with an enum or pattern;</li>
 *   <li>request and response schemas from the Java types (records, Page&lt;T&gt;, enums, java.time);</li>
 *   <li>the success status from the method's kind, the errors as application/problem+json from what it takes:
 *       400/401/403/429/500/503 always, 404 with a path or query parameter, 409 for a change, 412/428 with If-Match,
 *       413/415 with a body; {@code @APIResponse} on a method adds or replaces what the rule cannot know, above all
 *       the statuses and body type of a method returning {@link Response} (its entity is invisible to reflection);</li>
 *   <li>API-Version on every response, ETag where If-Match is asked, Location on 201;</li>
 *   <li>info (semver, contact, description) and the server base with /v1.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    static final String PROBLEM = "application/problem+json";
    static final String JSON = "application/json";
    static final String RESPONSES = "#/components/responses/";
    static final String PARAMETERS = "#/components/parameters/";
    static final String HEADERS = "#/components/headers/";
    static final String ETAG_HEADER = "ETag";
    static final String LOCATION_HEADER = "Location";
    static final String IF_MATCH = "If-Match";

    /** The error statuses with their Dutch description; the body is always a Problem. */
    static final Map<String, String> FOUTEN = new TreeMap<>(Map.ofEntries(
            Map.entry("400", "Ongeldige invoer: het veld staat in `field`, de reden in `code` en `detail`"),
            Map.entry("401", "Niet aangemeld (HTTP Basic)"),
            Map.entry("403", "Geen toegang: de rol of de gemeente van de aanvrager mag dit niet"),
            Map.entry("404", "Niet gevonden: de URL of het record bestaat niet"),
            Map.entry("405", "Deze HTTP-methode is hier niet toegestaan"),
            Map.entry("406", "Het gevraagde antwoordformaat (Accept) is hier niet beschikbaar"),
            Map.entry("409", "Botst met de huidige toestand (bijvoorbeeld een stap die in deze status niet mag)"),
            Map.entry("412", "Verouderde versie: If-Match noemt niet de huidige ETag; lees opnieuw"),
            Map.entry("413", "Het verzoek is te groot"),
            Map.entry("414", "De URL is te lang"),
            Map.entry("415", "Mediatype (Content-Type) niet ondersteund"),
            Map.entry("422", "Inhoudelijk afgewezen (zie de beschrijving van de operatie)"),
            Map.entry("428", "If-Match ontbreekt: stuur de ETag van de laatst gelezen versie mee"),
            Map.entry("429", "Te veel mislukte aanmeldingen; probeer het na Retry-After seconden opnieuw"),
            Map.entry("500", "Interne fout; de fout is gelogd"),
            Map.entry("503", "Tijdelijk niet beschikbaar (database onbereikbaar of weigert schrijven); zie Retry-After")));

    /** What each component's tag says. A component without an entry still gets its tag. */
    static final Map<String, String> COMPONENTEN = Map.ofEntries(
            Map.entry("regio", "De regio, haar gemeenten (deelnames, herindelingen) en productgroepen"),
            Map.entry("inkoop", "Inkoop: aanbieders, producten, tarieven, procedures, toetredingen, contracten en contractgesprekken"),
            Map.entry("toegang", "Toegang: cliënten, indicaties, declaraties en de testdatagenerator"),
            Map.entry("toezicht", "Toezicht: meldingen, calamiteiten, onderzoeken, bevindingen, maatregelen en jaarverslag"),
            Map.entry("kwaliteit", "Kwaliteitsmonitoring van aanbieders"),
            Map.entry("ceo", "Cliëntervaringsonderzoek: rondes, steekproef, antwoorden en resultaten"),
            Map.entry("iwmo", "iWmo 3.2-berichten en toewijzingen (WMO301)"),
            Map.entry("privacy", "Verwerkingenlogging en bewaartermijnen"),
            Map.entry("audit", "Het auditlog: controle van de hashketen op verwijderde of gewijzigde regels"),
            Map.entry("warehouse", "Sturing: cijfers, scenario's, budgetten en warehouse-runs"),
            Map.entry("gebruiker", "Gebruikersbeheer (BEHEERDER): accounts, rollen en binding aan gemeente, toezichtorganisatie of aanbieder"));

    public static final String BESCHRIJVING = "API van Wmo Regio: de uitvoering van de Wmo 2015 door gemeenten in een centrumregeling. "
            + "Componenten: regio en gemeenten, inkoop (aanbieders, producten, tarieven, procedures, toetredingen, contracten), "
            + "toegang (cliënten, indicaties, declaraties), toezicht, kwaliteit, cliëntervaringsonderzoek (CEO), iWmo 3.2 en sturing "
            + "(warehouse). Aanmelden met HTTP Basic. Lijsten zijn gepagineerd met page (vanaf 0), size (1-200) en sort (veld, "
            + "-veld aflopend). Fouten volgen RFC 9457 (application/problem+json) en noemen het veld. Wijzigingen van een "
            + "record vragen If-Match met de ETag die GET gaf (ontbreekt: 428, verouderd: 412). Elke response draagt de "
            + "kopregel API-Version. Zie docs/api.md voor de API Design Rules.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            new Builder(openAPI, JavaEndpoints.scan(ApiDocumentFilter.class.getClassLoader())).build();
        } catch (RuntimeException | LinkageError e) {
            // The document must still be served: Payara answers 500 for the whole /openapi otherwise.
            LOG.log(Level.SEVERE, "OpenAPI filter failed; serving Payara's document as generated", e);
        }
    }

    static final class Builder {

        private final OpenAPI api;
        private final List<Endpoint> endpoints;
        private final Schemas schemas = new Schemas();
        private final Set<String> ifMatchPaths = new TreeSet<>();
        private final Set<String> usedIds = new LinkedHashSet<>();

        Builder(OpenAPI api, List<Endpoint> endpoints) {
            this.api = api;
            this.endpoints = endpoints;
        }

        void build() {
            for (Endpoint e : endpoints) {
                if (Arrays.stream(e.method().getParameters()).anyMatch(p -> isIfMatch(p))) {
                    ifMatchPaths.add(e.path());
                }
            }
            Map<String, Operation> generated = new HashMap<>();
            if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
                api.getPaths().getPathItems().forEach((path, item) -> {
                    if (item.getOperations() != null) {
                        item.getOperations().forEach((verb, op) -> generated.put(verb.name() + " " + JavaEndpoints.normalize(path, null), op));
                    }
                });
            }
            Map<String, PathItem> items = new TreeMap<>();
            Set<String> done = new LinkedHashSet<>();
            for (Endpoint e : endpoints) {
                if (!done.add(e.key())) {
                    continue; // the same verb and path twice would be a JAX-RS conflict; describe the first
                }
                Operation op = operation(e, generated.get(e.key()));
                items.computeIfAbsent(e.path(), p -> OASFactory.createObject(PathItem.class))
                        .setOperation(HttpMethod.valueOf(e.verb()), op);
            }
            // Operations Payara found that the scan did not (should not happen): kept, with the common answers.
            generated.forEach((key, op) -> {
                if (!done.contains(key)) {
                    String verb = key.substring(0, key.indexOf(' '));
                    String path = key.substring(key.indexOf(' ') + 1);
                    items.computeIfAbsent(path, p -> OASFactory.createObject(PathItem.class))
                            .setOperation(HttpMethod.valueOf(verb), fallback(verb, path, op));
                }
            });
            Paths paths = OASFactory.createObject(Paths.class);
            items.forEach(paths::addPathItem);
            api.setPaths(paths);

            api.setInfo(info());
            servers();
            tags();
            components();
            api.setExtensions(null);
        }

        private Operation operation(Endpoint e, Operation generated) {
            Operation op = OASFactory.createObject(Operation.class);
            String id = e.operationId();
            for (int i = 2; !usedIds.add(id); i++) {
                id = e.operationId() + e.verb().charAt(0) + e.verb().substring(1).toLowerCase(Locale.ROOT) + (i > 2 ? i : "");
            }
            op.setOperationId(id);
            op.setTags(List.of(e.component()));
            if (generated != null) {
                op.setSummary(generated.getSummary());
                op.setDescription(generated.getDescription());
                op.setExternalDocs(generated.getExternalDocs());
            }
            if (op.getSummary() == null) {
                op.setSummary(e.type().getSimpleName().replaceFirst("Resource$", "") + ": " + e.method().getName());
            }
            if (e.method().isAnnotationPresent(Deprecated.class) || (generated != null && Boolean.TRUE.equals(generated.getDeprecated()))) {
                op.setDeprecated(true);
            }
            Map<String, String> descriptions = new HashMap<>();
            if (generated != null && generated.getParameters() != null) {
                for (Parameter p : generated.getParameters()) {
                    if (p.getDescription() != null && p.getIn() != null) {
                        descriptions.put(p.getIn() + ":" + p.getName(), p.getDescription());
                    }
                }
            }
            boolean ifMatch = false;
            boolean paged = false;
            Type body = null;
            List<Parameter> parameters = new ArrayList<>();
            for (java.lang.reflect.Parameter p : e.method().getParameters()) {
                if (p.isAnnotationPresent(Context.class)) {
                    continue;
                }
                if (p.isAnnotationPresent(BeanParam.class)) {
                    paged |= PageParams.class.isAssignableFrom(p.getType());
                    for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                        for (Field f : c.getDeclaredFields()) {
                            Parameter parameter = parameter(f, f.getType(), e, descriptions);
                            if (parameter != null) {
                                parameters.add(parameter);
                            }
                        }
                    }
                    continue;
                }
                if (isIfMatch(p)) {
                    ifMatch = true;
                    parameters.add(OASFactory.createObject(Parameter.class).ref(PARAMETERS + IF_MATCH));
                    continue;
                }
                Parameter parameter = parameter(p, p.getParameterizedType(), e, descriptions);
                if (parameter != null) {
                    parameters.add(parameter);
                } else if (!isJaxRsParam(p)) {
                    body = p.getParameterizedType();
                }
            }
            // Every {name} of the path needs a path parameter, also one injected into a field.
            for (String name : templateNames(e.path())) {
                boolean present = parameters.stream().anyMatch(p -> p.getRef() == null && p.getIn() == In.PATH && name.equals(p.getName()));
                if (!present) {
                    parameters.add(0, pathParameter(name, String.class, e, descriptions));
                }
            }
            if (!parameters.isEmpty()) {
                op.setParameters(parameters);
            }
            if (body != null) {
                op.setRequestBody(requestBody(e, body));
            }
            op.setResponses(responses(e, ifMatch, paged, body != null));
            return op;
        }

        private static boolean isIfMatch(java.lang.reflect.Parameter p) {
            return p.isAnnotationPresent(HeaderParam.class) && IF_MATCH.equalsIgnoreCase(p.getAnnotation(HeaderParam.class).value());
        }

        private static boolean isJaxRsParam(AnnotatedElement p) {
            return p.isAnnotationPresent(PathParam.class) || p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(HeaderParam.class)
                    || p.isAnnotationPresent(CookieParam.class) || p.isAnnotationPresent(MatrixParam.class) || p.isAnnotationPresent(FormParam.class)
                    || p.isAnnotationPresent(BeanParam.class) || p.isAnnotationPresent(Context.class);
        }

        private Parameter parameter(AnnotatedElement element, Type type, Endpoint e, Map<String, String> descriptions) {
            if (element.isAnnotationPresent(PathParam.class)) {
                return pathParameter(element.getAnnotation(PathParam.class).value(), type, e, descriptions);
            }
            String name;
            In in;
            if (element.isAnnotationPresent(QueryParam.class)) {
                name = element.getAnnotation(QueryParam.class).value();
                in = In.QUERY;
            } else if (element.isAnnotationPresent(HeaderParam.class)) {
                name = element.getAnnotation(HeaderParam.class).value();
                in = In.HEADER;
                if (Set.of("accept", "content-type", "authorization").contains(name.toLowerCase(Locale.ROOT))) {
                    return null; // OpenAPI 3.0: these are described by content and security, never as parameters
                }
                if (IF_MATCH.equalsIgnoreCase(name)) {
                    return OASFactory.createObject(Parameter.class).ref(PARAMETERS + IF_MATCH);
                }
            } else if (element.isAnnotationPresent(CookieParam.class)) {
                name = element.getAnnotation(CookieParam.class).value();
                in = In.COOKIE;
            } else {
                return null;
            }
            if (in == In.QUERY && Set.of("page", "size", "sort").contains(name) && element instanceof Field f
                    && PageParams.class.isAssignableFrom(f.getDeclaringClass())) {
                return OASFactory.createObject(Parameter.class).ref(PARAMETERS + name);
            }
            Schema schema = schemas.schema(type);
            if (element.isAnnotationPresent(DefaultValue.class)) {
                schema.setDefaultValue(defaultValue(schema, element.getAnnotation(DefaultValue.class).value()));
            }
            Parameter parameter = OASFactory.createObject(Parameter.class).name(name).in(in).schema(schema);
            parameter.setDescription(descriptions.get(in + ":" + name));
            return parameter;
        }

        private static Object defaultValue(Schema schema, String value) {
            try {
                if (schema.getType() == SchemaType.INTEGER) {
                    return Long.valueOf(value);
                }
                if (schema.getType() == SchemaType.NUMBER) {
                    return new BigDecimal(value);
                }
                if (schema.getType() == SchemaType.BOOLEAN) {
                    return Boolean.valueOf(value);
                }
            } catch (NumberFormatException ignored) {
                // fall through: documented as written
            }
            return value;
        }

        private Parameter pathParameter(String name, Type type, Endpoint e, Map<String, String> descriptions) {
            Schema schema = schemas.schema(type);
            String regex = e.regexes().get(name);
            if (regex != null) {
                if (regex.matches("[\\w-]+(\\|[\\w-]+)*")) {
                    schema = Schemas.of(SchemaType.STRING).enumeration(new ArrayList<>(Arrays.asList((Object[]) regex.split("\\|"))));
                } else {
                    schema.setPattern("^(?:" + regex + ")$");
                }
            }
            if (schema.getType() == SchemaType.INTEGER && schema.getRef() == null) {
                schema.setMinimum(BigDecimal.ONE);
            }
            Parameter parameter = OASFactory.createObject(Parameter.class).name(name).in(In.PATH).required(true).schema(schema);
            parameter.setDescription(descriptions.getOrDefault("path:" + name, descriptions.get(In.PATH + ":" + name)));
            return parameter;
        }

        private static List<String> templateNames(String path) {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = JavaEndpoints.TEMPLATE_PARAM.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        private RequestBody requestBody(Endpoint e, Type type) {
            Content content = OASFactory.createObject(Content.class);
            for (String media : mediaTypes(e, true)) {
                content.addMediaType(media, OASFactory.createObject(MediaType.class).schema(bodySchema(media, type)));
            }
            return OASFactory.createObject(RequestBody.class).content(content).required(true);
        }

        private Schema bodySchema(String media, Type type) {
            Class<?> raw = type instanceof Class<?> c ? c : type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
            boolean json = media.contains("json");
            if (raw == byte[].class || InputStream.class.isAssignableFrom(raw) || Reader.class.isAssignableFrom(raw)
                    || StreamingOutput.class.isAssignableFrom(raw) || (!json && raw == String.class) || (!json && raw == Response.class)) {
                return binary(media) ? Schemas.of(SchemaType.STRING, "binary") : Schemas.of(SchemaType.STRING);
            }
            if (raw == Response.class || raw == Object.class) {
                return Schemas.of(SchemaType.OBJECT);
            }
            return schemas.schema(type);
        }

        private static boolean binary(String media) {
            return !(media.startsWith("text/") || media.contains("json") || media.contains("xml"));
        }

        private static List<String> mediaTypes(Endpoint e, boolean consumes) {
            String[] values;
            if (consumes) {
                Consumes c = e.method().isAnnotationPresent(Consumes.class) ? e.method().getAnnotation(Consumes.class) : e.type().getAnnotation(Consumes.class);
                values = c == null ? new String[0] : c.value();
            } else {
                Produces p = e.method().isAnnotationPresent(Produces.class) ? e.method().getAnnotation(Produces.class) : e.type().getAnnotation(Produces.class);
                values = p == null ? new String[0] : p.value();
            }
            List<String> media = Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).distinct().toList();
            return media.isEmpty() ? List.of(JSON) : media;
        }

        private org.eclipse.microprofile.openapi.models.responses.APIResponses responses(Endpoint e, boolean ifMatch, boolean paged, boolean body) {
            var responses = OASFactory.createObject(org.eclipse.microprofile.openapi.models.responses.APIResponses.class);
            Class<?> returns = e.method().getReturnType();
            Map<String, org.eclipse.microprofile.openapi.annotations.responses.APIResponse> annotated = annotated(e);
            boolean annotatedSuccess = annotated.keySet().stream().anyMatch(code -> code.startsWith("2"));
            boolean etag = returns == Response.class && (ifMatch || ifMatchPaths.stream().anyMatch(p -> p.equals(e.path()) || p.startsWith(e.path() + "/")));
            if (!annotatedSuccess) {
                if (returns == void.class) {
                    responses.addAPIResponse("204", success("Gelukt, geen inhoud", null, e, false));
                } else if (returns == Response.class && e.verb().equals("POST")) {
                    responses.addAPIResponse("200", success("Gelukt", e.method().getGenericReturnType(), e, etag));
                    responses.addAPIResponse("201", success("Aangemaakt; Location noemt het nieuwe record", e.method().getGenericReturnType(), e, etag)
                            .addHeader(LOCATION_HEADER, headerRef(LOCATION_HEADER)));
                } else if (returns == Response.class && e.verb().equals("PUT")) {
                    // PUT on a record that may not exist yet creates it (budget per gemeente and year)
                    responses.addAPIResponse("200", success("Gelukt", e.method().getGenericReturnType(), e, etag));
                    responses.addAPIResponse("201", success("Aangemaakt op deze URL", e.method().getGenericReturnType(), e, etag));
                } else if (returns == Response.class && e.verb().equals("DELETE")) {
                    responses.addAPIResponse("204", success("Verwijderd", null, e, false));
                } else {
                    String description = Page.class.isAssignableFrom(returns) ? "Eén pagina; total is het aantal treffers" : "Gelukt";
                    responses.addAPIResponse("200", success(description, e.method().getGenericReturnType(), e, etag));
                }
            }
            Set<String> errors = new TreeSet<>(List.of("400", "401", "403", "429", "500", "503"));
            boolean urlParameters = !templateNames(e.path()).isEmpty() || Arrays.stream(e.method().getParameters())
                    .anyMatch(p -> p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(BeanParam.class));
            if (urlParameters) {
                // a path id, or a filter naming a gemeente, aanbieder or run that does not exist
                errors.add("404");
            }
            if (urlParameters) {
                errors.add("414"); // a long id or query value can exceed what the HTTP layer reads
            }
            if (!e.verb().equals("GET") && !e.verb().equals("HEAD")) {
                errors.add("409");
            }
            if (ifMatch) {
                errors.add("412");
                errors.add("428");
            }
            if (body) {
                errors.add("413");
                errors.add("415");
            }
            if (!mediaTypes(e, false).contains("*/*")) {
                errors.add("406");
            }
            errors.forEach(code -> responses.addAPIResponse(code, OASFactory.createObject(APIResponse.class).ref(RESPONSES + code)));
            annotated.forEach((code, a) -> {
                Content content = annotatedContent(e, a.content());
                if (content == null && !code.startsWith("2") && !code.equals("default")) {
                    responses.addAPIResponse(code, OASFactory.createObject(APIResponse.class).ref(RESPONSES + code));
                    return;
                }
                String description = a.description().isEmpty() ? FOUTEN.getOrDefault(code, "Gelukt") : a.description();
                APIResponse r;
                if (content != null) {
                    r = OASFactory.createObject(APIResponse.class).description(description).content(content);
                    r.addHeader(ApiVersie.HEADER, headerRef(ApiVersie.HEADER));
                    if (etag && code.startsWith("2")) {
                        r.addHeader(ETAG_HEADER, headerRef(ETAG_HEADER));
                    }
                } else if (!code.equals("204")) {
                    r = success(description, e.method().getGenericReturnType(), e, etag && code.startsWith("2"));
                } else {
                    r = success(description, null, e, false);
                }
                if (code.equals("201") && !e.verb().equals("PUT")) {
                    r.addHeader(LOCATION_HEADER, headerRef(LOCATION_HEADER)); // a PUT creates at its own URL
                }
                responses.addAPIResponse(code, r);
            });
            return responses;
        }

        /**
         * The body an {@code @APIResponse} names: per {@code @Content} its media type (none: the method's
         * {@code @Produces}) and its schema: {@code implementation} as the filter writes that Java type (a String or
         * byte[] as text or binary for CSV, XML, ZIP, files), {@code type = ARRAY} with it as the items,
         * {@code oneOf} for a body whose record depends on a parameter. Null when the annotation names no body.
         */
        private Content annotatedContent(Endpoint e, org.eclipse.microprofile.openapi.annotations.media.Content[] contents) {
            Content content = null;
            for (var c : contents) {
                for (String media : c.mediaType().isEmpty() ? mediaTypes(e, false) : List.of(c.mediaType())) {
                    Schema schema = annotatedSchema(media, c.schema());
                    if (schema != null) {
                        content = content == null ? OASFactory.createObject(Content.class) : content;
                        content.addMediaType(media, OASFactory.createObject(MediaType.class).schema(schema));
                    }
                }
            }
            return content;
        }

        private Schema annotatedSchema(String media, org.eclipse.microprofile.openapi.annotations.media.Schema s) {
            Schema single;
            if (s.oneOf().length > 0) {
                single = OASFactory.createObject(Schema.class)
                        .oneOf(Arrays.stream(s.oneOf()).map(c -> bodySchema(media, c)).toList());
            } else if (s.implementation() != Void.class) {
                single = bodySchema(media, s.implementation());
            } else {
                single = null;
            }
            var type = s.type();
            if (type == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY) {
                return Schemas.of(SchemaType.ARRAY).items(single != null ? single : Schemas.of(SchemaType.OBJECT));
            }
            if (single != null) {
                return single;
            }
            if (type == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
                return null;
            }
            Schema plain = Schemas.of(SchemaType.valueOf(type.name()));
            return s.format().isEmpty() ? plain : plain.format(s.format());
        }

        private static Map<String, org.eclipse.microprofile.openapi.annotations.responses.APIResponse> annotated(Endpoint e) {
            Map<String, org.eclipse.microprofile.openapi.annotations.responses.APIResponse> map = new LinkedHashMap<>();
            List<org.eclipse.microprofile.openapi.annotations.responses.APIResponse> all = new ArrayList<>(Arrays.asList(
                    e.method().getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)));
            APIResponses container = e.method().getAnnotation(APIResponses.class);
            if (container != null) {
                all.addAll(Arrays.asList(container.value()));
            }
            for (var a : all) {
                if (!a.responseCode().isEmpty()) {
                    map.put(a.responseCode(), a);
                }
            }
            return map;
        }

        private APIResponse success(String description, Type type, Endpoint e, boolean etag) {
            APIResponse r = OASFactory.createObject(APIResponse.class).description(description);
            if (type != null) {
                Content content = OASFactory.createObject(Content.class);
                for (String media : mediaTypes(e, false)) {
                    content.addMediaType(media, OASFactory.createObject(MediaType.class).schema(bodySchema(media, type)));
                }
                r.setContent(content);
            }
            r.addHeader(ApiVersie.HEADER, headerRef(ApiVersie.HEADER));
            if (etag) {
                r.addHeader(ETAG_HEADER, headerRef(ETAG_HEADER));
            }
            return r;
        }

        private static Header headerRef(String name) {
            return OASFactory.createObject(Header.class).ref(HEADERS + name);
        }

        private Operation fallback(String verb, String path, Operation generated) {
            Operation op = OASFactory.createObject(Operation.class);
            String id = verb.toLowerCase(Locale.ROOT) + Arrays.stream(path.split("[/{}:|-]+")).filter(s -> !s.isBlank())
                    .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).reduce("", String::concat).replaceAll("\\W", "");
            for (int i = 2; !usedIds.add(id); i++) {
                id = id + i;
            }
            op.setOperationId(id);
            String[] segments = path.split("/");
            op.setTags(List.of(segments.length > 1 ? segments[1] : "api"));
            op.setSummary(generated.getSummary());
            op.setDescription(generated.getDescription());
            op.setParameters(generated.getParameters());
            op.setRequestBody(generated.getRequestBody());
            var responses = OASFactory.createObject(org.eclipse.microprofile.openapi.models.responses.APIResponses.class);
            responses.addAPIResponse("200", OASFactory.createObject(APIResponse.class).description("Gelukt")
                    .addHeader(ApiVersie.HEADER, headerRef(ApiVersie.HEADER)));
            for (String code : List.of("400", "401", "403", "404", "500", "503")) {
                responses.addAPIResponse(code, OASFactory.createObject(APIResponse.class).ref(RESPONSES + code));
            }
            op.setResponses(responses);
            return op;
        }

        private Info info() {
            Config config = ConfigProvider.getConfig(ApiDocumentFilter.class.getClassLoader());
            Contact contact = OASFactory.createObject(Contact.class)
                    .name(config.getOptionalValue("wmo.api.contact.name", String.class).orElse("Functioneel beheer Wmo Regio"))
                    .email(config.getOptionalValue("wmo.api.contact.email", String.class).orElse("functioneel.beheer@wmo-regio.example"))
                    .url(config.getOptionalValue("wmo.api.contact.url", String.class).orElse("https://wmo-regio.example/contact"));
            Info old = api.getInfo();
            return OASFactory.createObject(Info.class)
                    .title(old != null && old.getTitle() != null ? old.getTitle() : "Wmo Regio API")
                    .version(ApiVersie.VERSIE)
                    .description(BESCHRIJVING)
                    .contact(contact);
        }

        /** Payara's server is the context root (http://host:port/wmo); the API's base is that plus /api/v1. */
        private void servers() {
            List<Server> servers = new ArrayList<>();
            if (api.getServers() != null) {
                for (Server s : api.getServers()) {
                    String url = s.getUrl() == null ? "" : s.getUrl().replaceAll("/+$", "");
                    if (!url.endsWith(ApiVersie.BASIS)) {
                        url = url + ApiVersie.BASIS;
                    }
                    servers.add(OASFactory.createObject(Server.class).url(url).description("Wmo Regio API, versie 1"));
                }
            }
            if (servers.isEmpty()) {
                servers.add(OASFactory.createObject(Server.class).url("/wmo" + ApiVersie.BASIS).description("Wmo Regio API, versie 1"));
            }
            api.setServers(servers);
        }

        private void tags() {
            Set<String> used = new TreeSet<>();
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(op -> used.addAll(op.getTags() == null ? List.of() : op.getTags())));
            List<Tag> tags = new ArrayList<>();
            for (String name : used) {
                tags.add(OASFactory.createObject(Tag.class).name(name).description(COMPONENTEN.getOrDefault(name, "Component " + name)));
            }
            api.setTags(tags);
        }

        private void components() {
            Components components = api.getComponents() == null ? OASFactory.createObject(Components.class) : api.getComponents();
            Map<String, Schema> all = new TreeMap<>(schemas.components());
            all.put("Problem", problemSchema());
            components.setSchemas(all);

            Map<String, APIResponse> responses = new TreeMap<>();
            FOUTEN.forEach((code, description) -> {
                APIResponse r = OASFactory.createObject(APIResponse.class).description(description)
                        .content(OASFactory.createObject(Content.class).addMediaType(PROBLEM,
                                OASFactory.createObject(MediaType.class).schema(Schemas.ref("Problem"))))
                        .addHeader(ApiVersie.HEADER, headerRef(ApiVersie.HEADER));
                if (code.equals("429") || code.equals("503")) {
                    r.addHeader("Retry-After", OASFactory.createObject(Header.class).description("Seconden tot een nieuwe poging zin heeft")
                            .schema(Schemas.of(SchemaType.INTEGER, "int32")));
                }
                if (code.equals("401")) {
                    r.addHeader("WWW-Authenticate", OASFactory.createObject(Header.class).description("Basic realm=...")
                            .schema(Schemas.of(SchemaType.STRING)));
                }
                responses.put(code, r);
            });
            components.setResponses(responses);

            Map<String, Header> headers = new TreeMap<>();
            headers.put(ApiVersie.HEADER, OASFactory.createObject(Header.class).required(true)
                    .description("De volledige versie van de API (semver), op elke response")
                    .schema(Schemas.of(SchemaType.STRING).example(ApiVersie.VERSIE)));
            headers.put(ETAG_HEADER, OASFactory.createObject(Header.class)
                    .description("De versie van het record; stuur die bij een wijziging terug in If-Match")
                    .schema(Schemas.of(SchemaType.STRING).example("\"3\"")));
            headers.put(LOCATION_HEADER, OASFactory.createObject(Header.class)
                    .description("De URL van het nieuwe record").schema(Schemas.of(SchemaType.STRING, "uri")));
            components.setHeaders(headers);

            Map<String, Parameter> parameters = new TreeMap<>();
            parameters.put("page", OASFactory.createObject(Parameter.class).name("page").in(In.QUERY)
                    .description("Paginanummer, vanaf 0")
                    .schema(Schemas.of(SchemaType.INTEGER, "int32").minimum(BigDecimal.ZERO).defaultValue(0)));
            parameters.put("size", OASFactory.createObject(Parameter.class).name("size").in(In.QUERY)
                    .description("Aantal per pagina, 1 tot en met 200")
                    .schema(Schemas.of(SchemaType.INTEGER, "int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(200)).defaultValue(20)));
            parameters.put("sort", OASFactory.createObject(Parameter.class).name("sort").in(In.QUERY)
                    .description("Sorteerveld; met een - ervoor aflopend, bijvoorbeeld -naam")
                    .schema(Schemas.of(SchemaType.STRING).pattern("^[-+]?[A-Za-z][A-Za-z0-9]*$")));
            parameters.put(IF_MATCH, OASFactory.createObject(Parameter.class).name(IF_MATCH).in(In.HEADER).required(true)
                    .description("De ETag van de laatst gelezen versie (ontbreekt: 428, verouderd: 412)")
                    .schema(Schemas.of(SchemaType.STRING).example("\"3\"")));
            components.setParameters(parameters);
            components.setExamples(null);
            api.setComponents(components);
        }

        private static Schema problemSchema() {
            Schema problem = Schemas.of(SchemaType.OBJECT).description("RFC 9457 problem details; field en code zijn uitbreidingen")
                    .required(List.of("type", "title", "status"));
            problem.addProperty("type", Schemas.of(SchemaType.STRING).description("about:blank").example("about:blank"));
            problem.addProperty("title", Schemas.of(SchemaType.STRING).example("Ongeldige invoer"));
            problem.addProperty("status", Schemas.of(SchemaType.INTEGER, "int32").example(400));
            problem.addProperty("detail", Schemas.of(SchemaType.STRING));
            problem.addProperty("instance", Schemas.of(SchemaType.STRING));
            problem.addProperty("code", Schemas.of(SchemaType.STRING).description("Vaste foutcode, bijvoorbeeld NIET_GEVONDEN"));
            problem.addProperty("field", Schemas.of(SchemaType.STRING).description("Het veld (of de kopregel) waar de fout zit"));
            return problem;
        }
    }
}
