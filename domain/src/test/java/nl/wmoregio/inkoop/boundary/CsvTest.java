package nl.wmoregio.inkoop.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** L8 (issue 16): formula injection through a leading tab or carriage return is defused too. */
class CsvTest {

    @Test
    void everyFormulaLeadIsDefusedAndLineBreaksAreQuoted() {
        assertEquals("'=1+1;'+x;'-x;'@x;'\tcmd;\"'\r=cmd\";gewoon\n", Csv.row("=1+1", "+x", "-x", "@x", "\tcmd", "\r=cmd", "gewoon"));
        assertEquals("\"a\rb\";-5\n", Csv.row("a\rb", -5));
    }
}
