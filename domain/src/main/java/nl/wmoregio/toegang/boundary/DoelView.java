package nl.wmoregio.toegang.boundary;

import java.util.List;

public record DoelView(long id, long indicatieId, String leefgebied, String omschrijving, String beoogdResultaat,
                       long version, List<EvaluatieView> evaluaties) {
}
