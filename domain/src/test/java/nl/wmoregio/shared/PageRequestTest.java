package nl.wmoregio.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** L10 (issue 16): page=2147483647 overflowed the offset into a negative number (a 500). */
class PageRequestTest {

    @Test
    void aPageWhoseOffsetDoesNotFitIsRefusedOnTheField() {
        DomainException e = assertThrows(DomainException.class, () -> new PageRequest(Integer.MAX_VALUE, 20, null, true));
        assertEquals("page", e.field());
        assertEquals(PageRequest.MAX_PAGE * PageRequest.MAX_SIZE,
                new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, null, true).offset());
    }
}
