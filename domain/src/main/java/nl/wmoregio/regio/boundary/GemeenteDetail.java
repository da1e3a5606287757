package nl.wmoregio.regio.boundary;

import java.util.List;

/** A gemeente with its participation in the product groups. */
public record GemeenteDetail(GemeenteView gemeente, List<DeelnameView> deelnames) {
}
