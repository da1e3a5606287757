package nl.wmoregio.shared;

import java.util.List;

/** One page of a list plus the total number of matching items. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
