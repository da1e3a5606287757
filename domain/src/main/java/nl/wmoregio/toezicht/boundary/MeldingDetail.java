package nl.wmoregio.toezicht.boundary;

import java.util.List;
import nl.wmoregio.audit.boundary.AuditView;

/** A melding with everything the case page shows. Reporter identity is null unless the caller is a toezichthouder (melderZichtbaar). */
public record MeldingDetail(MeldingView melding, String omschrijving, String clientPseudoniem, String melderNaam, String melderContact, boolean melderZichtbaar, String sluitreden, Long samengevoegdMetId, String samengevoegdMetNummer, Long onderzoekId, String onderzoekNummer, boolean geanonimiseerd, List<String> acties, List<BijlageView> bijlagen, List<AuditView> historie) {
}
