package nl.wmoregio.toezicht.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.boundary.Bereik;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.regio.boundary.Fusie;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.toegang.boundary.Zorggebieden;
import nl.wmoregio.toezicht.control.Jaarcijfers;
import nl.wmoregio.toezicht.control.ToezichtMapper;
import nl.wmoregio.toezicht.control.ToezichtRepository;
import nl.wmoregio.toezicht.entity.Maatregel;
import nl.wmoregio.toezicht.entity.ToezichtInstelling;

/**
 * Toezicht settings and overviews: the regional deadlines, the toetsingskaders, the worklist of
 * overdue measures, the jaarverslag, and what the inkoop side sees on a provider's contract.
 */
@Stateless
@RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER})
public class ToezichtService {

    @Inject
    ToezichtRepository repository;

    @Inject
    AuditService audit;

    @Inject
    Bereik bereik;

    @Inject
    GemeenteService gemeenten;

    @Inject
    Zorggebieden zorggebieden;

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
    public InstellingView instelling() {
        ToezichtInstelling i = repository.instelling();
        return new InstellingView(i.getRegioCode(), i.getMeldtermijnWerkdagen(), i.getTriagetermijnDagen(), i.getVersion());
    }

    @RolesAllowed(Rollen.BEHEERDER)
    public InstellingView wijzigInstelling(long expectedVersion, InstellingInput input) {
        ToezichtInstelling i = repository.instelling();
        Versies.controleer(i.getVersion(), expectedVersion, "Toezichtinstelling");
        int meld = bereik(input.meldtermijnWerkdagen(), "meldtermijnWerkdagen", 1, 20);
        int triage = bereik(input.triagetermijnDagen(), "triagetermijnDagen", 1, 90);
        String voor = "meldtermijn=" + i.getMeldtermijnWerkdagen() + "; triagetermijn=" + i.getTriagetermijnDagen();
        i.wijzig(meld, triage);
        Versies.flush(repository::flush, "Toezichtinstelling", i::getVersion);
        audit.record("ToezichtInstelling", i.getId(), "GEWIJZIGD", voor + " -> meldtermijn=" + meld + "; triagetermijn=" + triage, null);
        return instelling();
    }

    private static int bereik(Integer waarde, String veld, int min, int max) {
        if (waarde == null || waarde < min || waarde > max) {
            throw new DomainException("BUITEN_BEREIK", veld, veld + " ligt tussen " + min + " en " + max);
        }
        return waarde;
    }

    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE})
    public List<KaderView> kaders() {
        return repository.kaders().stream().map(k -> new KaderView(k.getId(), k.getCode(), k.getVersie(), k.getNaam(), k.getGeldigVan(),
                k.getNormen().stream().map(n -> new NormView(n.getId(), n.getCode(), n.getThema().name(), n.getOmschrijving())).toList()))
                .toList();
    }

    /** Open measures past their deadline, oldest deadline first. */
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER})
    public Page<MaatregelView> verlopenMaatregelen(PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        List<Maatregel> rows = repository.verlopenMaatregelen(vandaag, page);
        Map<Long, String> namen = repository.aanbiederNamen(rows.stream().map(Maatregel::getAanbiederId).toList());
        Map<Long, String> nummers = repository.onderzoekNummers(rows.stream().map(Maatregel::getOnderzoekId).distinct().toList());
        return new Page<>(rows.stream().map(m -> ToezichtMapper.view(m, nummers.get(m.getOnderzoekId()), namen, vandaag)).toList(),
                page.page(), page.size(), repository.telVerlopenMaatregelen(vandaag));
    }

    /**
     * For the inkoop side: the suspension and termination measures toezicht decided for the
     * provider of a contract. Open ones mean the contract is to be suspended or ended.
     */
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.INKOOP, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER, Rollen.GEMEENTE})
    public ContractToezicht contractToezicht(long aanbiederId) {
        LocalDate vandaag = Tijd.vandaag();
        List<Maatregel> rows = repository.maatregelenVanAanbieder(aanbiederId,
                List.of(MaatregelType.OPSCHORTING_CONTRACT, MaatregelType.BEEINDIGING_CONTRACT));
        Map<Long, String> namen = repository.aanbiederNamen(List.of(aanbiederId));
        Map<Long, String> nummers = repository.onderzoekNummers(rows.stream().map(Maatregel::getOnderzoekId).distinct().toList());
        List<MaatregelView> views = rows.stream().map(m -> ToezichtMapper.view(m, nummers.get(m.getOnderzoekId()), namen, vandaag)).toList();
        return new ContractToezicht(aanbiederId,
                views.stream().anyMatch(v -> v.type().equals(MaatregelType.OPSCHORTING_CONTRACT.name()) && open(v)),
                views.stream().anyMatch(v -> v.type().equals(MaatregelType.BEEINDIGING_CONTRACT.name()) && open(v)), views);
    }

    /**
     * The annual figures per year, for the region or one gemeente: meldingen by kind, onderzoeken, findings per norm, measures.
     * For a gemeente (issue 13 point 11): its predecessors' figures are included (regrouped under the current gemeente) and so
     * are the region-wide onderzoeken that concern it ({@link Jaarcijfers#betreft}).
     */
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.GEMEENTE, Rollen.CONTROLLER})
    public Jaarverslag jaarverslag(int jaar, Long gemeenteId) {
        controleerJaar(jaar);
        // L3 (issue 16): a GEMEENTE user gets the own gemeente's figures; another gemeente is refused
        gemeenteId = bereik.filter(gemeenteId);
        Map<String, Object> p = new HashMap<>();
        p.put("van", LocalDate.of(jaar, 1, 1));
        p.put("tot", LocalDate.of(jaar, 12, 31));
        Map<String, Object> pm = new HashMap<>(p); // meldingen
        Map<String, Object> po = new HashMap<>(p); // onderzoeken (and their findings and measures)
        String gm = "";
        String go = "";
        if (gemeenteId != null) {
            Map<Long, Long> opvolgerVan = opvolgerVan();
            long g = gemeenteId;
            List<Long> groep = new ArrayList<>(List.of(g));
            opvolgerVan.keySet().stream().filter(x -> Jaarcijfers.huidige(x, opvolgerVan) == g).forEach(groep::add);
            List<Jaarcijfers.Onderzoekfeit> onderzoeken = onderzoekfeiten(p);
            Map<Long, java.util.Set<Long>> perAanbieder = gemeentenPerAanbieder(onderzoeken, jaar);
            List<Long> ids = new ArrayList<>(List.of(-1L)); // never empty: "in ()" is no valid JPQL
            onderzoeken.stream().filter(o -> Jaarcijfers.betreft(o, g, opvolgerVan, perAanbieder)).forEach(o -> ids.add(o.id()));
            pm.put("gs", groep);
            po.put("ids", ids);
            gm = " and m.gemeenteId in :gs";
            go = " and o.id in :ids";
        }
        Map<String, Long> perSoort = geordend(MeldingSoort.values(),
                repository.telling("select m.soort, count(m) from Melding m where m.melddatum between :van and :tot" + gm + " group by m.soort", pm));
        long teLaat = repository.telling("select m.teLaat, count(m) from Melding m where m.melddatum between :van and :tot" + gm
                + " group by m.teLaat", pm).getOrDefault("true", 0L);
        Map<String, Long> perType = geordend(OnderzoekType.values(),
                repository.telling("select o.type, count(o) from Onderzoek o where o.geplandVan between :van and :tot" + go + " group by o.type", po));
        Map<String, Long> maatregelen = geordend(MaatregelType.values(), repository.telling("select m.type, count(m) from Maatregel m, Onderzoek o "
                + "where m.onderzoekId = o.id and o.geplandVan between :van and :tot" + go + " group by m.type", po));
        Map<String, long[]> perNorm = new LinkedHashMap<>();
        Map<String, String> omschrijving = new HashMap<>();
        for (Object[] r : repository.lijst("select n.code, n.omschrijving, b.oordeel, count(b) from Bevinding b, Norm n, Onderzoek o "
                + "where b.normId = n.id and b.onderzoekId = o.id and o.geplandVan between :van and :tot" + go
                + " group by n.code, n.omschrijving, b.oordeel order by n.code", po)) {
            String code = (String) r[0];
            omschrijving.put(code, (String) r[1]);
            long[] t = perNorm.computeIfAbsent(code, c -> new long[3]);
            t[((Oordeel) r[2]).ordinal()] += ((Number) r[3]).longValue();
        }
        List<NormTelling> normen = new ArrayList<>();
        perNorm.forEach((code, t) -> normen.add(new NormTelling(code, omschrijving.get(code), t[0], t[1], t[2])));
        String naam = gemeenteId == null ? null : repository.gemeenteNamen(List.of(gemeenteId)).get(gemeenteId);
        if (gemeenteId != null && naam == null) {
            throw new DomainException("ONBEKEND", "gemeenteId", "Gemeente " + gemeenteId + " bestaat niet");
        }
        return new Jaarverslag(jaar, gemeenteId, naam, som(perSoort), teLaat, perSoort, som(perType), perType, normen,
                som(maatregelen), maatregelen);
    }

    /** Year figures per current gemeente with the region-wide row (issue 13 point 11); the rules are in {@link Jaarcijfers}. */
    @RolesAllowed({Rollen.TOEZICHTHOUDER, Rollen.BEHEERDER, Rollen.CONTRACTMANAGER, Rollen.CONTROLLER})
    public JaarcijfersPerGemeente jaarcijfers(int jaar) {
        controleerJaar(jaar);
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = LocalDate.of(jaar, 12, 31);
        Map<String, Object> p = new HashMap<>();
        p.put("van", van);
        p.put("tot", tot);
        Map<Long, GemeenteView> alle = new HashMap<>();
        gemeenten.zoek(GemeenteFilter.alle(), new PageRequest(0, PageRequest.MAX_SIZE, "naam", true)).items()
                .forEach(g -> alle.put(g.id(), g));
        List<Long> inJaar = alle.values().stream()
                .filter(g -> !g.geldigVan().isAfter(tot) && (g.geldigTot() == null || !g.geldigTot().isBefore(van)))
                .map(GemeenteView::id).toList();
        Map<Long, Long> meldingen = new HashMap<>();
        repository.telling("select m.gemeenteId, count(m) from Melding m where m.melddatum between :van and :tot group by m.gemeenteId", p)
                .forEach((g, n) -> meldingen.put(Long.valueOf(g), n));
        List<Jaarcijfers.Onderzoekfeit> onderzoeken = onderzoekfeiten(p);
        List<Jaarcijfers.Rij> rijen = Jaarcijfers.bereken(inJaar, opvolgerVan(), onderzoeken, meldingen,
                gemeentenPerAanbieder(onderzoeken, jaar));
        List<JaarcijferRij> result = new ArrayList<>();
        JaarcijferRij regio = null;
        for (Jaarcijfers.Rij r : rijen) {
            GemeenteView g = r.gemeenteId() == null ? null : alle.get(r.gemeenteId());
            JaarcijferRij rij = new JaarcijferRij(r.gemeenteId(), g == null ? null : g.cbsCode(),
                    r.gemeenteId() == null ? "Regiobreed" : g == null ? "Gemeente " + r.gemeenteId() : g.naam(), r.meldingen(),
                    r.onderzoekenGemeente(), r.onderzoekenRegiobreed(), r.onderzoeken(), r.maatregelen());
            if (r.gemeenteId() == null) {
                regio = rij;
            } else {
                result.add(rij);
            }
        }
        result.sort(java.util.Comparator.comparing(JaarcijferRij::naam));
        result.add(regio);
        return new JaarcijfersPerGemeente(jaar, result);
    }

    private static void controleerJaar(int jaar) {
        if (jaar < 2015 || jaar > 2100) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Het jaar ligt tussen 2015 en 2100");
        }
    }

    /** Successor per dissolved gemeente, from the regio boundary's merger facts. */
    private Map<Long, Long> opvolgerVan() {
        Map<Long, Long> result = new HashMap<>();
        for (Fusie f : gemeenten.fusies()) {
            result.put(f.gemeenteId(), f.opvolgerId());
        }
        return result;
    }

    /** The onderzoeken planned in the period of {@code p} (van, tot) with their number of measures. */
    private List<Jaarcijfers.Onderzoekfeit> onderzoekfeiten(Map<String, Object> p) {
        Map<String, Long> maatregelen = repository.telling("select m.onderzoekId, count(m) from Maatregel m, Onderzoek o "
                + "where m.onderzoekId = o.id and o.geplandVan between :van and :tot group by m.onderzoekId", p);
        return repository.lijst("select o.id, o.gemeenteId, o.aanbiederId from Onderzoek o where o.geplandVan between :van and :tot", p)
                .stream().map(r -> {
                    long id = ((Number) r[0]).longValue();
                    return new Jaarcijfers.Onderzoekfeit(id, r[1] == null ? null : ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                            maatregelen.getOrDefault(Long.toString(id), 0L));
                }).toList();
    }

    /** Where the providers of the region-wide onderzoeken had clients in the year (toegang boundary). */
    private Map<Long, java.util.Set<Long>> gemeentenPerAanbieder(List<Jaarcijfers.Onderzoekfeit> onderzoeken, int jaar) {
        List<Long> aanbieders = onderzoeken.stream().filter(o -> o.gemeenteId() == null).map(Jaarcijfers.Onderzoekfeit::aanbiederId)
                .distinct().toList();
        return zorggebieden.gemeentenPerAanbieder(aanbieders, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    private static Map<String, Long> geordend(Enum<?>[] waarden, Map<String, Long> telling) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Enum<?> w : waarden) {
            result.put(w.name(), telling.getOrDefault(w.name(), 0L));
        }
        return result;
    }

    private static long som(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Issue 13 rule 3: the flags on the provider page show only while the measure is open. */
    private static boolean open(MaatregelView v) {
        return MaatregelStatus.OPEN.name().equals(v.status());
    }
}
