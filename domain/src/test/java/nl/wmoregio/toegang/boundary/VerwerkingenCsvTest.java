package nl.wmoregio.toegang.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** L8 (issue 16): the access-log export defuses a leading tab or carriage return too. */
class VerwerkingenCsvTest {

    @Test
    void tabAndCarriageReturnLeadsAreDefused() {
        assertEquals("'\tcmd", VerwerkingenService.cel("\tcmd"));
        assertEquals("' =1", VerwerkingenService.cel("\r=1"));
        assertEquals("'=1", VerwerkingenService.cel("=1"));
        assertEquals("a, b", VerwerkingenService.cel("a; b"));
    }
}
