package nl.wmoregio.web.platform.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the property name in a JSON-B error message, so even a type error names its field. */
final class JsonFields {

    private static final Pattern PROPERTY = Pattern.compile("(?:property|field|parameter)[: ]+'?\"?([A-Za-z_][A-Za-z0-9_]*)");

    private JsonFields() {
    }

    static String guessField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
