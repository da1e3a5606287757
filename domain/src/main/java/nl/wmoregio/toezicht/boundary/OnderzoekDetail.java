package nl.wmoregio.toezicht.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditView;

/** An onderzoek with kader, findings per norm in scope, measures, zienswijze, allowed actions and history. bewerkbaar: the caller works for the assigned organisation. */
public record OnderzoekDetail(OnderzoekView onderzoek, String gemeenteNaam, String scope, LocalDate startDatum, LocalDate eindDatum, String kaderCode, int kaderVersie, String kaderNaam, List<NormRegel> normen, List<MaatregelView> maatregelen, String zienswijze, LocalDate zienswijzeDatum, LocalDateTime definitiefOp, List<String> meldingen, List<String> acties, boolean bewerkbaar, List<AuditView> historie) {
}
