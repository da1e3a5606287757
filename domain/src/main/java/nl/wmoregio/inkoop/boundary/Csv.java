package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** CSV for Dutch spreadsheets: semicolon separated, decimal comma, quoted when needed, formula injection defused. */
public final class Csv {

    private Csv() {
    }

    public static String row(Object... values) {
        return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(";")) + "\n";
    }

    static String euro(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : value.toString();
        // L8 (issue 16): tab and carriage return also lead a formula in some spreadsheets
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
