package nl.wmoregio.web.platform.faces;

import jakarta.json.JsonStructure;

/**
 * JSON that is written into an inline {@code <script>} (the Chart.js configuration of every
 * {@code p:chart}: PrimeFaces copies the value into the page as script text, unescaped).
 * JSON escaping alone does not protect a script element: a provider, scenario, round or gemeente
 * named {@code </script><meta http-equiv=refresh ...>} ends the script and injects markup. Here
 * every {@code <}, {@code >}, {@code &} and {@code '} becomes its {@code \\uXXXX} escape, and so do
 * U+2028/U+2029 (line terminators in old JavaScript). Outside strings JSON never contains these
 * characters, so the result parses to exactly the same value (issue 16, M7).
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** The JSON text of {@code json}, safe inside a script element. */
    public static String inScript(JsonStructure json) {
        return escape(json.toString());
    }

    /** Escapes already serialised JSON for a script element. */
    public static String escape(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\'' -> sb.append("\\u0027");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
