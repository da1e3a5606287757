package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public record ToetredingView(long id, long aanbiederId, String aanbiederNaam, long procedureId, String procedureNaam,
                             LocalDate moment, List<String> producten, String status, LocalDateTime ingediendOp,
                             LocalDateTime beslotenOp, String beoordelaar, String besluitReden, long version) {
}
