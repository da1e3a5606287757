package nl.wmoregio.web.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmoregio.inkoop.boundary.InkoopAandacht;
import nl.wmoregio.inkoop.boundary.ToetredingService;
import nl.wmoregio.iwmo.boundary.IwmoAandacht;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.sturing.boundary.RunService;
import nl.wmoregio.sturing.boundary.RunView;
import nl.wmoregio.toezicht.boundary.MeldingFilter;
import nl.wmoregio.toezicht.boundary.MeldingService;
import nl.wmoregio.toezicht.boundary.ToezichtAandacht;
import nl.wmoregio.toezicht.boundary.ToezichtService;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * Reads every attention count and the list behind it through the components' boundaries. Each
 * kind is only asked for when the user has one of its roles ({@link Soort#rollen()}).
 */
@RequestScoped
public class AandachtBron implements Serializable {

    private static final MeldingFilter VERLOPEN = new MeldingFilter(null, null, null, null, null, true, null);
    /** How many recent runs are looked at for failed or running ones. */
    static final int RUNS = 50;

    @Inject
    SecurityContext securityContext;
    @Inject
    ToezichtAandacht toezichtAandacht;
    @Inject
    MeldingService meldingen;
    @Inject
    ToezichtService toezicht;
    @Inject
    ToetredingService toetredingen;
    @Inject
    InkoopAandacht inkoopAandacht;
    @Inject
    IwmoAandacht iwmoAandacht;
    @Inject
    RunService runs;
    @Inject
    nl.wmoregio.toegang.boundary.ToegangAandacht toegangAandacht;
    @Inject
    Texts texts;

    public boolean zichtbaar(Soort soort) {
        return soort.rollen().stream().anyMatch(securityContext::isCallerInRole);
    }

    /** The number to show; for refused declarations the number of refused lines. */
    public long tel(Soort soort) {
        if (soort == Soort.AFGEKEURDE_DECLARATIES) {
            return iwmoAandacht.afkeuringen().regels();
        }
        return lijst(soort, new PageRequest(0, 1, null, true)).total();
    }

    public Page<Regel> lijst(Soort soort, PageRequest page) {
        return switch (soort) {
            case TRIAGE_VANDAAG -> map(toezichtAandacht.triageVandaag(page), m -> new Regel(m.id(), m.nummer() + " " + texts.get("soort." + m.soort()),
                    "/toezicht/melding.xhtml?id=" + m.id(), m.aanbiederNaam(), m.triageDeadline(), m.gemeenteNaam()));
            case TRIAGE_VERLOPEN -> map(meldingen.zoek(VERLOPEN, page), m -> new Regel(m.id(), m.nummer() + " " + texts.get("soort." + m.soort()),
                    "/toezicht/melding.xhtml?id=" + m.id(), m.aanbiederNaam(), m.triageDeadline(), m.gemeenteNaam()));
            case MAATREGELEN_VERLOPEN -> map(toezicht.verlopenMaatregelen(page), m -> new Regel(m.id(), m.onderzoekNummer() + " " + m.type(),
                    "/toezicht/onderzoek.xhtml?id=" + m.onderzoekId(), m.aanbiederNaam(), m.deadline(), m.omschrijving()));
            case TOETREDINGEN -> map(toetredingen.zoek("INGEDIEND", null, page), t -> new Regel(t.id(), t.procedureNaam(),
                    "/inkoop/toetreding.xhtml?id=" + t.id(), t.aanbiederNaam(), t.ingediendOp() == null ? null : t.ingediendOp().toLocalDate(),
                    String.join(", ", t.producten())));
            case DEELOVEREENKOMSTEN_AFLOPEND -> map(inkoopAandacht.aflopendeDeelovereenkomsten(page), d -> new Regel(d.contractId(),
                    d.contractNummer() + " " + d.productCode(), "/inkoop/aanbieder.xhtml?id=" + d.aanbiederId(), d.aanbiederNaam(), d.tot(),
                    d.productNaam()));
            case OPGESCHORT_MET_CLIENTEN -> map(inkoopAandacht.opgeschortMetClienten(page), a -> new Regel(a.aanbiederId(), a.contractNummer(),
                    "/inkoop/aanbieder.xhtml?id=" + a.aanbiederId(), a.aanbiederNaam(), null, texts.get("aandacht.clienten", a.clienten())));
            case AFGEKEURDE_DECLARATIES -> map(iwmoAandacht.berichtenMetAfkeuring(page), b -> new Regel(b.id(),
                    b.berichttype() + " " + (b.identificatie() == null ? "" : b.identificatie()), "/iwmo/berichten.xhtml?id=" + b.id(),
                    b.aanbiederNaam(), b.ontvangenOp() == null ? null : b.ontvangenOp().toLocalDate(),
                    texts.get("aandacht.afgekeurdVan", b.afgekeurd(), b.regels())));
            case TIJDGEBONDEN_AFLOPEND -> map(toegangAandacht.tijdgebondenAflopend(page), t -> new Regel(t.indicatieId(),
                    texts.get("aandacht.tijdgebonden.titel", t.productCode(), t.indicatieId()), "/toegang/client.xhtml?id=" + t.clientId(),
                    null, t.tot(), texts.get("aandacht.tijdgebonden.omschrijving", t.van())));
            case WAREHOUSE_RUNS -> runs(page);
            case VERZOEKEN_OM_TOEWIJZING -> new Page<>(List.of(), page.page(), page.size(), 0);
        };
    }

    /** Runs still waiting or busy, and failed runs newer than the last successful one. */
    private Page<Regel> runs(PageRequest page) {
        List<RunView> recent = runs.lijst(RUNS);
        java.time.LocalDateTime laatsteKlaar = recent.stream().filter(r -> "KLAAR".equals(r.status()))
                .map(RunView::aangevraagdOp).max(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDateTime.MIN);
        String pagina = securityContext.isCallerInRole(Rollen.CONTROLLER) ? "/warehouse/scenarios.xhtml" : "/warehouse/dashboard.xhtml";
        List<Regel> alle = recent.stream()
                .filter(r -> "AANGEVRAAGD".equals(r.status()) || "BEZIG".equals(r.status())
                        || ("MISLUKT".equals(r.status()) && r.aangevraagdOp().isAfter(laatsteKlaar)))
                .map(r -> new Regel(r.id(), texts.get("aandacht.run", r.id()), pagina, null, r.aangevraagdOp().toLocalDate(),
                        texts.get("aandacht.runStatus." + r.status()) + (r.fase() == null ? "" : " (" + r.fase() + ")")))
                .collect(Collectors.toList());
        List<Regel> deel = alle.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(deel, page.page(), page.size(), alle.size());
    }

    private static <T> Page<Regel> map(Page<T> page, java.util.function.Function<T, Regel> f) {
        return new Page<>(page.items().stream().map(f).toList(), page.page(), page.size(), page.total());
    }
}
