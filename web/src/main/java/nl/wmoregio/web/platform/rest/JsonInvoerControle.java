package nl.wmoregio.web.platform.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.wmoregio.shared.DomainException;

/**
 * Every JSON body is read in full (at most {@value #MAX_BYTES} bytes) and checked as well-formed
 * JSON, nested no deeper than {@value #MAX_DIEPTE}, before JSON-B binds it.
 * <p>
 * Why (found by the fuzz run, issue 8): Parsson's {@code skipArray}/{@code skipObject}, which
 * Yasson calls for an unknown property, loops forever at the end of the input
 * (eclipse-ee4j/parsson#23), so {@code {"onbekend": [1} } kept a server thread at 100% CPU for
 * good. Deep nesting would otherwise be bound recursively. Here a truncated or malformed body is
 * a 400 problem naming the position, a deep one a 400, a huge one a 413, and nothing reaches the
 * binder that could hang it.
 */
@Provider
public class JsonInvoerControle implements ReaderInterceptor {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_DIEPTE = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = Bodies.bestand(context.getInputStream(), MAX_BYTES);
        if (body == null) {
            throw new WebApplicationException(Problem.response(413, "Verzoek te groot", "Een JSON-body mag hoogstens "
                    + MAX_BYTES / 1024 / 1024 + " MB zijn", "TE_GROOT", null));
        }
        if (body.length > 0) {
            controleer(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Walks every token (never skips): a truncated, malformed or too deep body is refused here. */
    static void controleer(byte[] body) {
        try (InputStream in = new ByteArrayInputStream(body); JsonParser parser = Json.createParser(in)) {
            int diepte = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++diepte > MAX_DIEPTE) {
                        throw new DomainException("JSON_TE_DIEP", null, "De JSON is dieper genest dan " + MAX_DIEPTE + " niveaus");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    diepte--;
                }
            }
        } catch (JsonParsingException e) {
            throw new DomainException("JSON_ONGELDIG", null, "De JSON van het verzoek is onleesbaar of onvolledig"
                    + (e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNumber() + ", kolom "
                    + e.getLocation().getColumnNumber() + ")"));
        } catch (jakarta.json.JsonException | IOException e) {
            throw new DomainException("JSON_ONGELDIG", null, "De JSON van het verzoek is onleesbaar (controleer de tekencodering: UTF-8)");
        }
    }

}
