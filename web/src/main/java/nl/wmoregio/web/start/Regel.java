package nl.wmoregio.web.start;

import java.io.Serializable;
import java.time.LocalDate;

/** One item behind an attention count: what, where to open it, which provider, the date that matters, a note. */
public record Regel(long id, String wat, String url, String aanbieder, LocalDate datum, String toelichting) implements Serializable {
}
