package nl.wmoregio.ceo.boundary;

/** @param gemeenteCbsCode null for the ten standard questions */
public record CeoVraagView(long id, String code, String gemeenteCbsCode, int nummer, String tekst, String type, long version) {
}
