package nl.wmoregio.shared;

/**
 * Which slice of a sorted list to return. Pages count from 0.
 *
 * @param sort      a field name the list allows, or null for the list's default order
 * @param ascending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {

    public static final int MAX_SIZE = 200;
    /** The last page whose offset still fits an int at the largest page size (L10: page=2147483647 gave 500). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        if (page < 0) {
            throw new DomainException("PAGE_NEGATIVE", "page", "page moet 0 of groter zijn");
        }
        if (page > MAX_PAGE) {
            throw new DomainException("PAGE_TOO_LARGE", "page", "page moet " + MAX_PAGE + " of kleiner zijn");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("SIZE_OUT_OF_RANGE", "size", "size moet tussen 1 en " + MAX_SIZE + " liggen");
        }
    }

    public int offset() {
        return page * size;
    }
}
