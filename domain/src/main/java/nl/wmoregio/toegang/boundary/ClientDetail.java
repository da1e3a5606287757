package nl.wmoregio.toegang.boundary;

import java.util.List;

/** The client page: the client, its indicaties (newest first, with goals) and declarations per month. */
public record ClientDetail(ClientView client, List<IndicatieView> indicaties, List<DeclaratieView> declaraties) {
}
