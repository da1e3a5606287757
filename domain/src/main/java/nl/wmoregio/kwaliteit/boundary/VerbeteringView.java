package nl.wmoregio.kwaliteit.boundary;

import java.time.LocalDate;
public record VerbeteringView(long id, long rondeId, String rondeNaam, long aanbiederId, String omschrijving, LocalDate deadline,
                              LocalDate afgerondOp, boolean verlopen, long version) {
}
