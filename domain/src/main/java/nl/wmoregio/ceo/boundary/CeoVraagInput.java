package nl.wmoregio.ceo.boundary;

/** A gemeente's own question. type: SCHAAL5 (1 helemaal oneens .. 5 helemaal eens) or JANEE. */
public record CeoVraagInput(String gemeenteCbsCode, String code, String tekst, String type) {
}
