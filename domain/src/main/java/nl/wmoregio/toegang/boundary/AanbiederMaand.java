package nl.wmoregio.toegang.boundary;

/** Declarations of one provider in one month: counts and amounts, no client identity. */
public record AanbiederMaand(long aanbiederId, String aanbiederNaam, int jaar, int maand, long clienten,
                             long regels, long bedragCent) {
}
