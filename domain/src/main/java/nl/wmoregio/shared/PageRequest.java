package nl.wmoregio.shared;

/**
 * Which slice of a sorted list to return. Pages count from 0.
 *
 * @param sort      a field name the list allows, or null for the list's default order
 * @param ascending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new DomainException("PAGE_NEGATIVE", "page", "page moet 0 of groter zijn");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("SIZE_OUT_OF_RANGE", "size", "size moet tussen 1 en " + MAX_SIZE + " liggen");
        }
    }

    public int offset() {
        return page * size;
    }
}
