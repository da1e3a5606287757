package nl.wmoregio.toezicht.control;

import java.time.LocalDate;
import java.util.Map;
import nl.wmoregio.toezicht.boundary.MaatregelStatus;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.MeldingStatus;
import nl.wmoregio.toezicht.boundary.MeldingView;
import nl.wmoregio.toezicht.boundary.OnderzoekView;
import nl.wmoregio.toezicht.entity.Maatregel;
import nl.wmoregio.toezicht.entity.Melding;
import nl.wmoregio.toezicht.entity.Onderzoek;

/** Entities to boundary records; names come from the caller's lookup maps. */
public final class ToezichtMapper {

    private ToezichtMapper() {
    }

    public static MeldingView view(Melding m, Map<Long, String> aanbieders, Map<Long, String> gemeenten, LocalDate vandaag) {
        boolean open = m.getStatus() == MeldingStatus.NIEUW || m.getStatus() == MeldingStatus.TOEGEWEZEN;
        return new MeldingView(m.getId(), m.getNummer(), m.getBron().name(), m.getSoort().name(), m.getAanbiederId(),
                aanbieders.get(m.getAanbiederId()), m.getGemeenteId(), gemeenten.get(m.getGemeenteId()), m.getGebeurtenisDatum(),
                m.getMelddatum(), m.getWerkdagen(), m.isTeLaat(), m.getStatus().name(),
                m.getOrganisatie() == null ? null : m.getOrganisatie().name(), m.getTriageDeadline(),
                open && m.getTriageDeadline().isBefore(vandaag), m.getVersion());
    }

    public static OnderzoekView view(Onderzoek o, Map<Long, String> aanbieders) {
        return new OnderzoekView(o.getId(), o.getNummer(), o.getType().name(), o.getAanbiederId(), aanbieders.get(o.getAanbiederId()),
                o.getGemeenteId(), o.getOrganisatie().name(), o.getStatus().name(), o.getGeplandVan(), o.getGeplandTot(), o.getVersion());
    }

    public static MaatregelView view(Maatregel m, String onderzoekNummer, Map<Long, String> aanbieders, LocalDate vandaag) {
        return new MaatregelView(m.getId(), m.getOnderzoekId(), onderzoekNummer, m.getAanbiederId(), aanbieders.get(m.getAanbiederId()),
                m.getType().name(), m.getOmschrijving(), m.getDeadline(), m.getStatus().name(), m.getOpvolging(), m.getAfgerondOp(),
                m.getStatus() == MaatregelStatus.OPEN && m.getDeadline().isBefore(vandaag), m.getVersion());
    }

    public static String beschrijf(Melding m) {
        return "status=" + m.getStatus() + "; organisatie=" + m.getOrganisatie() + "; triageDeadline=" + m.getTriageDeadline()
                + (m.getSluitreden() == null ? "" : "; sluitreden=" + m.getSluitreden())
                + (m.getSamengevoegdMetId() == null ? "" : "; samengevoegdMet=" + m.getSamengevoegdMetId())
                + (m.getOnderzoekId() == null ? "" : "; onderzoek=" + m.getOnderzoekId());
    }

    public static String beschrijf(Onderzoek o) {
        return "status=" + o.getStatus() + "; gepland=" + o.getGeplandVan() + ".." + o.getGeplandTot()
                + "; start=" + o.getStartDatum() + "; eind=" + o.getEindDatum()
                + (o.getZienswijzeDatum() == null ? "" : "; zienswijze=" + o.getZienswijzeDatum());
    }
}
