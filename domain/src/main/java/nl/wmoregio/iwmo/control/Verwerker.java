package nl.wmoregio.iwmo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
                                 Regel regel, List<Retourcode> codes) {
        if (t == null || t.productCode() == null) {
            return;
        }
        Leveringsoordeel oordeel = levering.oordeel(aanbiederId, t.productCode(), gemeenteId, datum);
        if (!oordeel.lopendeZorg() && "DEELOVEREENKOMST_BEEINDIGD".equals(oordeel.regel())) {
            codes.add(retour(regel, oordeel.reden() + " (regel " + oordeel.regel() + ")"));
        }
    }

    public record Uitkomst(List<Regelresultaat> regels, long goedgekeurdBedrag, List<Retourcode> berichtcodes) {
    }

    /**
     * WMO323, line by line. {@code geheelAfgekeurd}: a message-level rule (TR056, TR135, TR333,
     * TR358, CS340) refused the message: every line is answered "not assessed" and nothing applies.
     */
    public Uitkomst declaratie(long berichtId, long aanbiederId, long gemeenteId, Berichten.Declaratie declaratie,
                               boolean geheelAfgekeurd) {
        List<Regelresultaat> resultaten = new ArrayList<>();
        Set<String> referenties = new HashSet<>();
        Set<String> credits = new HashSet<>();
        long goedgekeurdBedrag = 0;
        int nummer = 0;
        Set<String> gedeclareerd = new LinkedHashSet<>();
        for (Declaratiecontrole.Prestatie p : declaratie.prestaties()) {
            nummer++;
            List<Retourcode> codes = new ArrayList<>();
            if (geheelAfgekeurd) {
                codes.add(retour(Regel.NIET_BEOORDEELD, Regel.NIET_BEOORDEELD.betekenis()));
                resultaten.add(resultaat(nummer, p, false, codes));
                continue;
            }
            Optional<ToewijzingLookup.Toewijzing> gevonden = toewijzingen.zoek(p.toewijzingNummer());
            ToewijzingLookup.Toewijzing t = gevonden.filter(x -> x.aanbiederId() == aanbiederId && x.gemeenteId() == gemeenteId)
                    .orElse(null);
            if (t == null) {
                codes.add(retour(Regel.TR338, "ToewijzingNummer " + p.toewijzingNummer()
                        + " is geen toewijzing van deze aanbieder bij deze gemeente"));
            }
            if (t != null && Bsn.elfproef(p.bsn())) {
                bsnControle(toewijzingen.bsnKlopt(t.nummer(), p.bsn())).ifPresent(codes::add);
            }
            if (p.credit()) {
                IwmoRepository.Debet debet = credit(aanbiederId, p, t, codes, referenties, credits);
                boolean goed = codes.isEmpty();
                if (goed) {
                    repository.voegRegelToe(berichtId, t.nummer(), aanbiederId, t.gemeenteId(), debet.jaar(), debet.maand(),
                            p.productCode(), -debet.volume(), p.eenheid(), p.tarief() == null ? 0 : p.tarief(), -debet.bedrag(),
                            p.referentie(), "C", debet.id());
                    goedgekeurdBedrag -= debet.bedrag();
                    gedeclareerd.add(t.clientPseudoniem());
                }
                resultaten.add(resultaat(nummer, p, goed, codes));
                continue;
            }
            if (!referenties.add(p.referentie()) || repository.referentieBestaat(aanbiederId, p.referentie(), "D")) {
                codes.add(retour(Regel.TR314, "ProductReferentie " + p.referentie() + " is al eerder gedeclareerd"));
            }
            Declaratiecontrole.Eerder eerder = Declaratiecontrole.Eerder.NIETS;
            Long contracttarief = null;
            Declaratiecontrole.Toewijzing feiten = null;
            if (t != null) {
                // The lines accepted earlier in this message are already inserted (same transaction): the
                // database sum holds them, credits (negative) included.
                eerder = repository.eerder(t.nummer(), p.begin().getYear(), p.begin().getMonthValue());
                contracttarief = repository.contracttarief(t.productCode(), t.prestatieCategorie(), p.begin().getYear()).orElse(null);
                feiten = new Declaratiecontrole.Toewijzing(t.nummer(), t.categorie(), t.productCode(), t.eenheid(), t.volume(),
                        t.frequentie(), t.budgetCent(), t.van(), t.tot());
            }
            contractNaEinde(t, aanbiederId, gemeenteId, p.begin(), Regel.WR08, codes);
            for (Declaratiecontrole.Retour r : Declaratiecontrole.controleer(p, feiten, contracttarief, eerder, declaratie.tot())) {
                codes.add(retour(r.regel(), r.reden()));
            }
            boolean goed = codes.isEmpty();
            if (goed) {
                repository.voegRegelToe(berichtId, t.nummer(), aanbiederId, t.gemeenteId(), p.begin().getYear(),
                        p.begin().getMonthValue(), p.productCode(), p.volume(), p.eenheid(), p.tarief() == null ? 0 : p.tarief(),
                        p.bedrag(), p.referentie(), "D", null);
                goedgekeurdBedrag += p.bedrag();
                gedeclareerd.add(t.clientPseudoniem());
            }
            resultaten.add(resultaat(nummer, p, goed, codes));
        }
        // Verwerkingenlogging: one row per client whose declaration lines this message added.
        toewijzingen.registreerInzageAlle(gedeclareerd, "WIJZIGEN", "iWmo WMO323-declaratie (bericht " + berichtId + ")");
        return new Uitkomst(resultaten, goedgekeurdBedrag, List.of());
    }

    /**
     * A credit line cancels an accepted debet of this provider: the debet is found by
     * VorigReferentieNummer (or, without it, by the credit's own ReferentieNummer), on the same
     * toewijzing, not credited before (TR390), with the same volume and amount (TR323).
     */
    private IwmoRepository.Debet credit(long aanbiederId, Declaratiecontrole.Prestatie p, ToewijzingLookup.Toewijzing t,
                                        List<Retourcode> codes, Set<String> referenties, Set<String> credits) {
        if (!Bsn.elfproef(p.bsn())) {
            codes.add(retour(Regel.CS002, "Het BSN voldoet niet aan de 11-proef"));
        }
        String debetReferentie = p.vorigeReferentie() != null ? p.vorigeReferentie() : p.referentie();
        if (p.vorigeReferentie() != null && (!referenties.add(p.referentie())
                || repository.referentieBestaat(aanbiederId, p.referentie(), "D")
                || repository.referentieBestaat(aanbiederId, p.referentie(), "C"))) {
            codes.add(retour(Regel.TR314, "ProductReferentie " + p.referentie() + " is al eerder aangeleverd"));
        }
        IwmoRepository.Debet debet = repository.debet(aanbiederId, debetReferentie).orElse(null);
        if (debet == null || (t != null && debet.toewijzing() != t.nummer())) {
            codes.add(retour(Regel.TR323, "Er is geen goedgekeurde debetprestatie met referentie " + debetReferentie
                    + " op toewijzing " + p.toewijzingNummer()));
            return null;
        }
        if (!credits.add(debetReferentie) || debet.gecrediteerd()) {
            codes.add(retour(Regel.TR390, "De debetprestatie " + debetReferentie + " is al gecrediteerd"));
        }
        if (debet.volume() != p.volume() || debet.bedrag() != p.bedrag()) {
            codes.add(retour(Regel.TR323, "De creditprestatie (volume " + p.volume() + ", bedrag " + p.bedrag()
                    + ") is niet gelijk aan de debetprestatie " + debetReferentie + " (volume " + debet.volume() + ", bedrag "
                    + debet.bedrag() + ")"));
        }
        return debet;
    }

    private static Regelresultaat resultaat(int nummer, Declaratiecontrole.Prestatie p, boolean goed, List<Retourcode> codes) {
        return new Regelresultaat(nummer, Bsn.gemaskeerd(p.bsn()), p.referentie(), p.toewijzingNummer(), p.productCode(),
                p.begin() + " t/m " + p.eind(), p.volume(), p.credit() ? -p.bedrag() : p.bedrag(), goed, codes);
    }

    public static Retourcode retour(Regel regel, String reden) {
        return new Retourcode(regel.code(), regel.name(), reden);
    }

    /**
     * WMO305/WMO307 line by line. The checks per line are in {@link #controleerStartStop}; one more
     * check is one more line there.
     */
    public Uitkomst startStop(long aanbiederId, long gemeenteId, Berichten.StartStop bericht, boolean stop, String bron,
                              boolean geheelAfgekeurd) {
        List<Regelresultaat> resultaten = new ArrayList<>();
        int nummer = 0;
        for (Berichten.ZorgMelding m : bericht.meldingen()) {
            nummer++;
            List<Retourcode> codes = new ArrayList<>();
            ToewijzingLookup.Toewijzing t = m.toewijzingNummer() == null ? null : toewijzingen.zoek(m.toewijzingNummer())
                    .filter(x -> x.aanbiederId() == aanbiederId && x.gemeenteId() == gemeenteId).orElse(null);
            if (geheelAfgekeurd) {
                codes.add(retour(Regel.NIET_BEOORDEELD, Regel.NIET_BEOORDEELD.betekenis()));
            } else {
                controleerStartStop(m, t, stop, codes);
                if (!stop) {
                    contractNaEinde(t, aanbiederId, gemeenteId, m.begindatum(), Regel.WR09, codes);
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

    /**
     * The BSN of a line against the toewijzing's client ({@link ToewijzingLookup#bsnKlopt}): false
     * is TR304; null (no BSN source can tell: no BSN key configured, or no BSN stored for the
     * client) FAILS CLOSED with WR10 (issue 16 L17): before, such a line was accepted unchecked.
     */
    static java.util.Optional<Retourcode> bsnControle(Boolean klopt) {
        if (klopt == null) {
            return java.util.Optional.of(retour(Regel.WR10, "Het BSN kan niet worden gecontroleerd: er is geen BSN-sleutel "
                    + "(WMO_BSN_SLEUTEL) geconfigureerd of geen BSN bekend bij de client van deze toewijzing"));
        }
        return klopt ? java.util.Optional.empty()
                : java.util.Optional.of(retour(Regel.TR304, "Het BSN hoort niet bij de client van deze toewijzing"));
    }

    /** The checks on one StartProduct/StopProduct against the toewijzing's current start and stop. */
    void controleerStartStop(Berichten.ZorgMelding m, ToewijzingLookup.Toewijzing t, boolean stop, List<Retourcode> codes) {
        if (!Bsn.elfproef(m.bsn())) {
            codes.add(retour(Regel.CS002, "Het BSN voldoet niet aan de 11-proef"));
        }
        if (t == null) {
            codes.add(retour(Regel.TR019, m.toewijzingNummer() == null ? "ToewijzingNummer ontbreekt"
                    : "ToewijzingNummer " + m.toewijzingNummer() + " is geen toewijzing van deze aanbieder bij deze gemeente"));
            return;
        }
        if (Bsn.elfproef(m.bsn())) {
            bsnControle(toewijzingen.bsnKlopt(t.nummer(), m.bsn())).ifPresent(codes::add);
        }
        if (m.begindatum().isBefore(t.van()) || (t.tot() != null && m.begindatum().isAfter(t.tot()))) {
            codes.add(retour(Regel.WR03, "Begindatum " + m.begindatum() + " valt buiten de toewijzing (" + t.van()
                    + " t/m " + (t.tot() == null ? "open" : t.tot()) + ")"));
        }
        boolean verwijderen = "3".equals(m.statusAanlevering());
        if (!stop) {
            if (verwijderen) {
                if (t.startZorg() == null || !t.startZorg().equals(m.begindatum())) {
                    codes.add(retour(Regel.TR063, "Er is geen start op " + m.begindatum() + " om te verwijderen"));
                } else if (t.stopZorg() != null) {
                    codes.add(retour(Regel.TR071, "De zorg is al gestopt op " + t.stopZorg()));
                }
            } else if (t.startZorg() != null && t.stopZorg() == null) {
                codes.add(t.startZorg().equals(m.begindatum())
                        ? retour(Regel.TR074, "Deze start (" + m.begindatum() + ") is al ontvangen")
                        : retour(Regel.TR326, "Er is al een actuele start op " + t.startZorg() + "; stuur eerst een stopbericht"));
            }
            return;
        }
        if (verwijderen) {
            if (t.stopZorg() == null || !m.begindatum().equals(t.startZorg())) {
                codes.add(retour(Regel.TR063, "Er is geen stop met deze sleutel om te verwijderen"));
            }
            return;
        }
        if (t.startZorg() == null || !t.startZorg().equals(m.begindatum())) {
            codes.add(retour(Regel.TR382, t.startZorg() == null ? "Er is geen start ontvangen voor deze toewijzing"
                    : "De begindatum " + m.begindatum() + " is niet die van de actuele start (" + t.startZorg() + ")"));
        } else if (t.stopZorg() != null) {
            codes.add(retour(Regel.TR415, "Er is al een stop op " + t.stopZorg() + " met dezelfde sleutel"));
        }
        if (m.einddatum().isBefore(m.begindatum())) {
            codes.add(retour(Regel.WR03, "Einddatum " + m.einddatum() + " ligt voor de begindatum " + m.begindatum()));
        }
        if (t.tot() != null && m.einddatum().isAfter(t.tot())) {
            codes.add(retour(Regel.WR03, "Einddatum " + m.einddatum() + " ligt na het einde van de toewijzing " + t.tot()));
        }
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
