package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmoregio.iwmo.boundary.Regelresultaat;
import nl.wmoregio.inkoop.boundary.LeveringService;
import nl.wmoregio.inkoop.boundary.Leveringsoordeel;
import nl.wmoregio.iwmo.boundary.Retourcode;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;

/**
 * Applies a schema-valid message line by line: the checks of {@link Declaratiecontrole} with the
 * facts from the database, then the accepted lines become declaration lines (WMO323) or start/stop
 * dates on the toewijzing (WMO305/WMO307). Runs in the caller's transaction.
 */
@Dependent
public class Verwerker {

    @Inject
    IwmoRepository repository;

    @Inject
    ToewijzingLookup toewijzingen;

    @Inject
    LeveringService levering;

    /**
     * WR08 (issue 13 rule 2): care on a date after the provider's deelovereenkomst for the product
     * ended (status BEEINDIGD or past its period) is refused; the reason names the inkoop rule.
     * A toewijzing of a provider that never had a deelovereenkomst for the product is left to toegang,
     * which refuses to create it.
     */
    private void contractNaEinde(ToewijzingLookup.Toewijzing t, long aanbiederId, long gemeenteId, java.time.LocalDate datum,
                                 List<Retourcode> codes) {
        if (t == null || t.productCode() == null) {
            return;
        }
        Leveringsoordeel oordeel = levering.oordeel(aanbiederId, t.productCode(), gemeenteId, datum);
        if (!oordeel.lopendeZorg() && "DEELOVEREENKOMST_BEEINDIGD".equals(oordeel.regel())) {
            codes.add(new Retourcode("WR08", oordeel.reden() + " (regel " + oordeel.regel() + ")"));
        }
    }

    public record Uitkomst(List<Regelresultaat> regels, long goedgekeurdBedrag, List<Retourcode> berichtcodes) {
    }

    public Uitkomst declaratie(long berichtId, long aanbiederId, long gemeenteId, Berichten.Declaratie declaratie) {
        List<Regelresultaat> resultaten = new ArrayList<>();
        List<Retourcode> berichtcodes = new ArrayList<>();
        long som = 0;
        for (Declaratiecontrole.Prestatie p : declaratie.prestaties()) {
            som += p.credit() ? -p.bedrag() : p.bedrag();
        }
        long totaal = declaratie.totaalCredit() ? -declaratie.totaalBedrag() : declaratie.totaalBedrag();
        if (som != totaal) {
            berichtcodes.add(new Retourcode("WR07", "TotaalIngediendBedrag " + totaal + " is niet de som van de prestaties (" + som + ")"));
        }
        // What this message accepted so far, per toewijzing, on top of what the database holds.
        Map<Long, long[]> ditBericht = new HashMap<>();
        Set<String> referenties = new HashSet<>();
        long goedgekeurdBedrag = 0;
        int nummer = 0;
        Set<String> gedeclareerd = new LinkedHashSet<>();
        for (Declaratiecontrole.Prestatie p : declaratie.prestaties()) {
            nummer++;
            List<Retourcode> codes = new ArrayList<>();
            Optional<ToewijzingLookup.Toewijzing> gevonden = toewijzingen.zoek(p.toewijzingNummer());
            ToewijzingLookup.Toewijzing t = gevonden.filter(x -> x.aanbiederId() == aanbiederId && x.gemeenteId() == gemeenteId)
                    .orElse(null);
            if (t == null) {
                codes.add(new Retourcode("WR01", "ToewijzingNummer " + p.toewijzingNummer()
                        + " is geen toewijzing van deze aanbieder bij deze gemeente"));
            }
            if (!referenties.add(p.referentie()) || repository.referentieBestaat(aanbiederId, p.referentie())) {
                codes.add(new Retourcode("WR02", "ProductReferentie " + p.referentie() + " is al eerder gedeclareerd"));
            }
            if (p.credit()) {
                codes.add(new Retourcode("WR05", "Creditregels (herstel van een eerdere declaratie) worden nog niet verwerkt"));
            }
            if (t != null && Bsn.elfproef(p.bsn()) && Boolean.FALSE.equals(toewijzingen.bsnKlopt(t.nummer(), p.bsn()))) {
                codes.add(new Retourcode("WR04", "Het BSN hoort niet bij de client van deze toewijzing"));
            }
            Declaratiecontrole.Eerder eerder = Declaratiecontrole.Eerder.NIETS;
            Long contracttarief = null;
            Declaratiecontrole.Toewijzing feiten = null;
            if (t != null) {
                Declaratiecontrole.Eerder db = repository.eerder(t.nummer(), p.begin().getYear(), p.begin().getMonthValue());
                long[] hier = ditBericht.getOrDefault(sleutel(t.nummer(), p), new long[3]);
                long[] hierTotaal = ditBericht.getOrDefault(t.nummer() * 1_000_000L, new long[3]);
                eerder = new Declaratiecontrole.Eerder(db.volumeInMaand() + hier[0], db.volumeTotaal() + hierTotaal[1],
                        db.bedragTotaal() + hierTotaal[2]);
                contracttarief = repository.contracttarief(t.productCode(), t.prestatieCategorie(), p.begin().getYear()).orElse(null);
                feiten = new Declaratiecontrole.Toewijzing(t.nummer(), t.categorie(), t.productCode(), t.eenheid(), t.volume(),
                        t.frequentie(), t.budgetCent(), t.van(), t.tot());
            }
            contractNaEinde(t, aanbiederId, gemeenteId, p.begin(), codes);
            for (Declaratiecontrole.Retour r : Declaratiecontrole.controleer(p, feiten, contracttarief, eerder)) {
                codes.add(new Retourcode(r.code(), r.reden()));
            }
            boolean goed = codes.isEmpty();
            if (goed) {
                repository.voegRegelToe(berichtId, t.nummer(), aanbiederId, t.gemeenteId(), p.begin().getYear(),
                        p.begin().getMonthValue(), p.productCode(), p.volume(), p.eenheid(), p.tarief() == null ? 0 : p.tarief(),
                        p.bedrag(), p.referentie());
                long[] maand = ditBericht.computeIfAbsent(sleutel(t.nummer(), p), k -> new long[3]);
                maand[0] += p.volume();
                long[] alles = ditBericht.computeIfAbsent(t.nummer() * 1_000_000L, k -> new long[3]);
                alles[1] += p.volume();
                alles[2] += p.bedrag();
                goedgekeurdBedrag += p.bedrag();
                gedeclareerd.add(t.clientPseudoniem());
            }
            resultaten.add(new Regelresultaat(nummer, Bsn.gemaskeerd(p.bsn()), p.referentie(), p.toewijzingNummer(), p.productCode(),
                    p.begin() + " t/m " + p.eind(), p.volume(), p.bedrag(), goed, codes));
        }
        // Verwerkingenlogging: one row per client whose declaration lines this message added.
        toewijzingen.registreerInzageAlle(gedeclareerd, "WIJZIGEN", "iWmo WMO323-declaratie (bericht " + berichtId + ")");
        return new Uitkomst(resultaten, goedgekeurdBedrag, berichtcodes);
    }

    private static long sleutel(long toewijzing, Declaratiecontrole.Prestatie p) {
        return toewijzing * 1_000_000L + p.begin().getYear() * 100L + p.begin().getMonthValue();
    }

    public Uitkomst startStop(long aanbiederId, long gemeenteId, Berichten.StartStop bericht, boolean stop, String bron) {
        List<Regelresultaat> resultaten = new ArrayList<>();
        int nummer = 0;
        for (Berichten.ZorgMelding m : bericht.meldingen()) {
            nummer++;
            List<Retourcode> codes = new ArrayList<>();
            if (!Bsn.elfproef(m.bsn())) {
                codes.add(new Retourcode("CS002", "Het BSN voldoet niet aan de 11-proef"));
            }
            ToewijzingLookup.Toewijzing t = m.toewijzingNummer() == null ? null : toewijzingen.zoek(m.toewijzingNummer())
                    .filter(x -> x.aanbiederId() == aanbiederId && x.gemeenteId() == gemeenteId).orElse(null);
            if (t == null) {
                codes.add(new Retourcode("WR01", m.toewijzingNummer() == null ? "ToewijzingNummer ontbreekt"
                        : "ToewijzingNummer " + m.toewijzingNummer() + " is geen toewijzing van deze aanbieder bij deze gemeente"));
            } else {
                if (Bsn.elfproef(m.bsn()) && Boolean.FALSE.equals(toewijzingen.bsnKlopt(t.nummer(), m.bsn()))) {
                    codes.add(new Retourcode("WR04", "Het BSN hoort niet bij de client van deze toewijzing"));
                }
                if (m.begindatum().isBefore(t.van()) || (t.tot() != null && m.begindatum().isAfter(t.tot()))) {
                    codes.add(new Retourcode("WR03", "Begindatum " + m.begindatum() + " valt buiten de toewijzing (" + t.van()
                            + " t/m " + (t.tot() == null ? "open" : t.tot()) + ")"));
                }
                if (!stop) {
                    contractNaEinde(t, aanbiederId, gemeenteId, m.begindatum(), codes);
                }
                if (stop && m.einddatum().isBefore(m.begindatum())) {
                    codes.add(new Retourcode("WR03", "Einddatum " + m.einddatum() + " ligt voor de begindatum " + m.begindatum()));
                }
                if (stop && t.tot() != null && m.einddatum().isAfter(t.tot())) {
                    codes.add(new Retourcode("WR03", "Einddatum " + m.einddatum() + " ligt na het einde van de toewijzing " + t.tot()));
                }
            }
            boolean goed = codes.isEmpty();
            if (goed) {
                boolean verwijderen = "3".equals(m.statusAanlevering());
                if (stop) {
                    toewijzingen.stopZorg(t.nummer(), verwijderen ? null : m.einddatum(),
                            verwijderen ? null : redenEinde(m.redenBeeindiging()), bron);
                } else {
                    toewijzingen.startZorg(t.nummer(), verwijderen ? null : m.begindatum(), bron);
                }
            }
            resultaten.add(new Regelresultaat(nummer, Bsn.gemaskeerd(m.bsn()), stop ? m.redenBeeindiging() : null,
                    m.toewijzingNummer(), t == null ? null : t.productCode(),
                    m.begindatum() + (stop ? " t/m " + m.einddatum() : ""), null, null, goed, codes));
        }
        return new Uitkomst(resultaten, 0, List.of());
    }

    /** WMO307 RedenBeeindiging to the uitstroom reason the region reports on (V5 indicatie.reden_einde). */
    public static String redenEinde(String code) {
        return switch (code == null ? "" : code) {
            case "02" -> "OVERLEDEN";
            case "19" -> "DOEL_BEREIKT";
            case "31" -> "VERHUISD";
            default -> "ANDERS";
        };
    }
}
