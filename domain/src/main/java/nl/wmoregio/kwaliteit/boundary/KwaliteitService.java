package nl.wmoregio.kwaliteit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.kwaliteit.control.Vergelijkbaarheid;
import nl.wmoregio.kwaliteit.entity.Beoordeling;
import nl.wmoregio.kwaliteit.entity.Indicator;
import nl.wmoregio.kwaliteit.entity.Methode;
import nl.wmoregio.kwaliteit.entity.Ronde;
import nl.wmoregio.kwaliteit.entity.Score;
import nl.wmoregio.kwaliteit.entity.Verbetering;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/**
 * Kwaliteitsmonitoring: the method (versioned indicator sets), rounds, scoring per provider,
 * improvements, the provider trend and the region's distribution. Contract managers change;
 * the beheerder may read. Provider names and contracts are read from the inkoop tables
 * (read-only, ADR 0011).
 */
@Stateless
@RolesAllowed({Rollen.CONTRACTMANAGER, Rollen.BEHEERDER})
public class KwaliteitService {

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    @Resource
    SessionContext sessionContext;

    // ------------------------------------------------------------ method

    public List<MethodeView> methoden() {
        return em.createQuery("select m from Methode m order by m.naam, m.versie desc", Methode.class).getResultStream()
                .map(KwaliteitService::view).toList();
    }

    public MethodeView methode(long id) {
        return view(methodeEntity(id));
    }

    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public MethodeView nieuweMethode(MethodeInput input) {
        String naam = tekst(input.naam(), "naam", "Naam", 200, true);
        if (input.versie() == null || input.versie() < 1) {
            throw new DomainException("VERPLICHT", "versie", "Het versienummer is verplicht (1 of hoger)");
        }
        if (!em.createQuery("select m.id from Methode m where m.naam = :n and m.versie = :v", Long.class)
                .setParameter("n", naam).setParameter("v", input.versie()).getResultList().isEmpty()) {
            throw new DomainException("VERSIE_BESTAAT", "versie", naam + " versie " + input.versie() + " bestaat al");
        }
        if (input.indicatoren() == null || input.indicatoren().isEmpty()) {
            throw new DomainException("VERPLICHT", "indicatoren", "Een methode heeft ten minste één indicator");
        }
        Methode methode = new Methode(naam, input.versie(), tekst(input.omschrijving(), "omschrijving", "Omschrijving", 1000, false));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < input.indicatoren().size(); i++) {
            IndicatorInput ind = input.indicatoren().get(i);
            String veld = "indicatoren[" + i + "]";
            String code = tekst(ind.code(), veld + ".code", "Code", 20, true).toUpperCase(java.util.Locale.ROOT);
            if (!codes.add(code)) {
                throw new DomainException("CODE_DUBBEL", veld + ".code", "Indicator " + code + " komt twee keer voor");
            }
            if (ind.schaalMin() == null || ind.schaalMax() == null || ind.schaalMin() >= ind.schaalMax()) {
                throw new DomainException("SCHAAL_ONGELDIG", veld + ".schaalMax", "De schaal heeft een minimum kleiner dan het maximum");
            }
            if (ind.norm() == null || ind.norm() < ind.schaalMin() || ind.norm() > ind.schaalMax()) {
                throw new DomainException("NORM_BUITEN_SCHAAL", veld + ".norm", "De norm ligt op de schaal " + ind.schaalMin() + "-" + ind.schaalMax());
            }
            if (ind.gekoppeldAanId() != null) {
                Indicator doel = em.find(Indicator.class, ind.gekoppeldAanId());
                if (doel == null || !doel.getMethode().getNaam().equals(naam)) {
                    throw new DomainException("KOPPELING_ONGELDIG", veld + ".gekoppeldAanId",
                            "Koppel alleen aan een indicator van een andere versie van dezelfde methode");
                }
            }
            methode.voegToe(code, tekst(ind.thema(), veld + ".thema", "Thema", 100, true),
                    tekst(ind.omschrijving(), veld + ".omschrijving", "Omschrijving", 500, true),
                    ind.schaalMin(), ind.schaalMax(), ind.norm(), ind.gekoppeldAanId());
        }
        em.persist(methode);
        em.flush();
        audit.record("KwMethode", methode.getId(), "AANGEMAAKT", naam + " versie " + methode.getVersie() + ", "
                + methode.getIndicatoren().size() + " indicatoren", null);
        return view(methode);
    }

    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public MethodeView wijzigMethode(long id, String omschrijving, long expectedVersion) {
        Methode methode = methodeEntity(id);
        Versies.controleer(methode.getVersion(), expectedVersion, "Methode");
        String voor = methode.getOmschrijving();
        methode.wijzig(tekst(omschrijving, "omschrijving", "Omschrijving", 1000, false));
        Versies.flush(em::flush, "Methode", methode::getVersion);
        audit.record("KwMethode", id, "GEWIJZIGD", "omschrijving: '" + voor + "' -> '" + methode.getOmschrijving() + "'", null);
        return view(methode);
    }

    // ------------------------------------------------------------ rounds

    public List<RondeView> rondes() {
        return em.createQuery("select r from Ronde r order by r.van desc, r.id desc", Ronde.class).getResultStream()
                .map(this::view).toList();
    }

    public RondeView ronde(long id) {
        return view(rondeEntity(id));
    }

    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public RondeView nieuweRonde(RondeInput input) {
        String naam = tekst(input.naam(), "naam", "Naam", 200, true);
        if (input.methodeId() == null) {
            throw new DomainException("VERPLICHT", "methodeId", "Kies de methode (versie) van de ronde");
        }
        Methode methode = em.find(Methode.class, input.methodeId());
        if (methode == null) {
            throw new DomainException("METHODE_ONBEKEND", "methodeId", "Methode " + input.methodeId() + " bestaat niet");
        }
        if (input.van() == null) {
            throw new DomainException("VERPLICHT", "van", "De begindatum is verplicht");
        }
        if (input.tot() == null) {
            throw new DomainException("VERPLICHT", "tot", "De einddatum is verplicht");
        }
        if (input.tot().isBefore(input.van())) {
            throw new DomainException("EINDE_VOOR_BEGIN", "tot", "De einddatum ligt vóór de begindatum");
        }
        boolean selectie = input.aanbiederIds() != null && !input.aanbiederIds().isEmpty();
        List<Long> aanbieders;
        if (selectie) {
            aanbieders = new ArrayList<>(new java.util.LinkedHashSet<>(input.aanbiederIds()));
            Set<Long> bekend = namen(aanbieders).keySet();
            for (Long a : aanbieders) {
                if (!bekend.contains(a)) {
                    throw new DomainException("AANBIEDER_ONBEKEND", "aanbiederIds", "Aanbieder " + a + " bestaat niet");
                }
            }
        } else {
            aanbieders = gecontracteerd(input.van(), input.tot());
            if (aanbieders.isEmpty()) {
                throw new DomainException("GEEN_AANBIEDERS", "van", "Er zijn geen gecontracteerde aanbieders in deze periode");
            }
        }
        Ronde ronde = new Ronde(naam, methode, input.van(), input.tot(), selectie ? "SELECTIE" : "ALLE");
        em.persist(ronde);
        for (Long a : aanbieders) {
            em.persist(new Beoordeling(ronde, a));
        }
        em.flush();
        audit.record("KwRonde", ronde.getId(), "AANGEMAAKT", naam + " (" + methode.getNaam() + " v" + methode.getVersie() + "), "
                + aanbieders.size() + " aanbieders, " + ronde.getSelectie(), null);
        return view(ronde);
    }

    public List<BeoordelingView> beoordelingen(long rondeId) {
        Ronde ronde = rondeEntity(rondeId);
        List<Beoordeling> lijst = em.createQuery("select b from Beoordeling b where b.ronde = :r", Beoordeling.class)
                .setParameter("r", ronde).getResultList();
        Map<Long, String> namen = namen(lijst.stream().map(Beoordeling::getAanbiederId).toList());
        return lijst.stream().map(b -> view(b, namen.get(b.getAanbiederId())))
                .sorted(java.util.Comparator.comparing(BeoordelingView::aanbiederNaam, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    public BeoordelingView beoordeling(long rondeId, long aanbiederId) {
        Beoordeling b = beoordelingEntity(rondeId, aanbiederId);
        return view(b, namen(List.of(aanbiederId)).get(aanbiederId));
    }

    /** Saves scores with evidence notes and the learning points; scores must lie on the indicator's scale. */
    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public BeoordelingView scoor(long rondeId, long aanbiederId, ScoreInput input, long expectedVersion) {
        Beoordeling b = beoordelingEntity(rondeId, aanbiederId);
        Versies.controleer(b.getVersion(), expectedVersion, "Beoordeling");
        Map<String, Indicator> indicatoren = new HashMap<>();
        b.getRonde().getMethode().getIndicatoren().forEach(i -> indicatoren.put(i.getCode(), i));
        List<ScoreRegel> regels = input.scores() == null ? List.of() : input.scores();
        StringBuilder details = new StringBuilder();
        for (int i = 0; i < regels.size(); i++) {
            ScoreRegel r = regels.get(i);
            String veld = "scores[" + i + "]";
            String code = r.indicatorCode() == null ? "" : r.indicatorCode().strip().toUpperCase(java.util.Locale.ROOT);
            Indicator ind = indicatoren.get(code);
            if (ind == null) {
                throw new DomainException("INDICATOR_ONBEKEND", veld + ".indicatorCode", "Indicator '" + code + "' hoort niet bij de methode van deze ronde");
            }
            if (r.score() == null) {
                continue;
            }
            if (r.score() < ind.getSchaalMin() || r.score() > ind.getSchaalMax()) {
                throw new DomainException("SCORE_BUITEN_SCHAAL", veld + ".score", "Score " + r.score() + " voor " + code
                        + " ligt buiten de schaal " + ind.getSchaalMin() + "-" + ind.getSchaalMax());
            }
            Integer voor = b.getScores().stream().filter(s -> s.getIndicator().getId().equals(ind.getId())).map(Score::getScore).findFirst().orElse(null);
            b.scoor(ind, r.score(), tekst(r.onderbouwing(), veld + ".onderbouwing", "Onderbouwing", 1000, false));
            details.append(code).append(": ").append(voor).append(" -> ").append(r.score()).append("; ");
        }
        String leerpuntenVoor = b.getLeerpunten();
        b.vastgelegd(tekst(input.leerpunten(), "leerpunten", "Leerpunten", 2000, false), sessionContext.getCallerPrincipal().getName(), Tijd.vandaag());
        em.lock(b, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versies.flush(em::flush, "Beoordeling", b::getVersion);
        if (!java.util.Objects.equals(leerpuntenVoor, b.getLeerpunten())) {
            details.append("leerpunten gewijzigd");
        }
        audit.record("KwBeoordeling", b.getId(), "GESCOORD", "aanbieder " + aanbiederId + ", ronde " + rondeId + ": " + details, null);
        em.flush();
        return view(b, namen(List.of(aanbiederId)).get(aanbiederId));
    }

    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public VerbeteringView spreekVerbeteringAf(long rondeId, long aanbiederId, VerbeteringInput input) {
        Beoordeling b = beoordelingEntity(rondeId, aanbiederId);
        String omschrijving = tekst(input.omschrijving(), "omschrijving", "Omschrijving", 500, true);
        if (input.deadline() == null) {
            throw new DomainException("VERPLICHT", "deadline", "De deadline is verplicht");
        }
        if (input.deadline().isBefore(b.getRonde().getVan())) {
            throw new DomainException("DEADLINE_VOOR_RONDE", "deadline", "De deadline ligt vóór het begin van de ronde");
        }
        Verbetering v = b.spreekAf(omschrijving, input.deadline());
        em.flush();
        audit.record("KwBeoordeling", b.getId(), "VERBETERING_AFGESPROKEN", omschrijving + " uiterlijk " + input.deadline(), null);
        return view(v);
    }

    @RolesAllowed(Rollen.CONTRACTMANAGER)
    public VerbeteringView rondVerbeteringAf(long verbeteringId, long expectedVersion) {
        Verbetering v = em.find(Verbetering.class, verbeteringId);
        if (v == null) {
            throw new NotFoundException("Verbetering", verbeteringId);
        }
        Versies.controleer(v.getVersion(), expectedVersion, "Verbetering");
        if (v.getAfgerondOp() != null) {
            throw new DomainException("AL_AFGEROND", null, "Deze verbetering is al afgerond");
        }
        v.rondAf(Tijd.vandaag());
        Versies.flush(em::flush, "Verbetering", v::getVersion);
        audit.record("KwBeoordeling", v.getBeoordeling().getId(), "VERBETERING_AFGEROND", v.getOmschrijving(), null);
        return view(v);
    }

    // ------------------------------------------------------------ reports

    /** Trend per indicator of the latest method the provider was scored on, over all its rounds, oldest first. */
    public Trend trend(long aanbiederId) {
        String naam = namen(List.of(aanbiederId)).get(aanbiederId);
        if (naam == null) {
            throw new NotFoundException("Aanbieder", aanbiederId);
        }
        List<Beoordeling> lijst = em.createQuery("select b from Beoordeling b where b.aanbiederId = :a order by b.ronde.van, b.ronde.id",
                Beoordeling.class).setParameter("a", aanbiederId).getResultList();
        List<Trend.TrendRonde> rondes = lijst.stream().map(b -> new Trend.TrendRonde(b.getRonde().getId(), b.getRonde().getNaam(),
                b.getRonde().getVan(), b.getRonde().getMethode().getNaam(), b.getRonde().getMethode().getVersie())).toList();
        List<Trend.Reeks> reeksen = new ArrayList<>();
        if (!lijst.isEmpty()) {
            Methode referentie = lijst.get(lijst.size() - 1).getRonde().getMethode();
            for (Indicator ref : referentie.getIndicatoren()) {
                List<Integer> scores = new ArrayList<>();
                List<Boolean> vergelijkbaar = new ArrayList<>();
                for (Beoordeling b : lijst) {
                    Integer gevonden = null;
                    boolean heeftVergelijkbare = false;
                    for (Indicator ind : b.getRonde().getMethode().getIndicatoren()) {
                        if (Vergelijkbaarheid.vergelijkbaar(ref(ref), ref(ind))) {
                            heeftVergelijkbare = true;
                            gevonden = b.getScores().stream().filter(s -> s.getIndicator().getId().equals(ind.getId()))
                                    .map(Score::getScore).findFirst().orElse(null);
                        }
                    }
                    scores.add(gevonden);
                    vergelijkbaar.add(heeftVergelijkbare);
                }
                reeksen.add(new Trend.Reeks(ref.getCode(), ref.getOmschrijving(), ref.getNorm(), ref.getSchaalMax(), scores, vergelijkbaar));
            }
        }
        List<VerbeteringView> open = lijst.stream().flatMap(b -> b.getVerbeteringen().stream())
                .filter(v -> v.getAfgerondOp() == null).sorted(java.util.Comparator.comparing(Verbetering::getDeadline))
                .map(KwaliteitService::view).toList();
        return new Trend(aanbiederId, naam, rondes, reeksen, open);
    }

    /** Distribution of scores per indicator and the providers below norm on at least one indicator. */
    public Verdeling verdeling(long rondeId) {
        Ronde ronde = rondeEntity(rondeId);
        List<Beoordeling> lijst = em.createQuery("select b from Beoordeling b where b.ronde = :r", Beoordeling.class)
                .setParameter("r", ronde).getResultList();
        List<Verdeling.PerIndicator> per = new ArrayList<>();
        Map<Long, List<String>> onder = new TreeMap<>();
        for (Indicator ind : ronde.getMethode().getIndicatoren()) {
            long[] aantallen = new long[ind.getSchaalMax() - ind.getSchaalMin() + 1];
            long gescoord = 0;
            long onderNorm = 0;
            long som = 0;
            for (Beoordeling b : lijst) {
                for (Score s : b.getScores()) {
                    if (s.getIndicator().getId().equals(ind.getId())) {
                        aantallen[s.getScore() - ind.getSchaalMin()]++;
                        gescoord++;
                        som += s.getScore();
                        if (s.getScore() < ind.getNorm()) {
                            onderNorm++;
                            onder.computeIfAbsent(b.getAanbiederId(), k -> new ArrayList<>()).add(ind.getCode());
                        }
                    }
                }
            }
            List<Long> lijstAantallen = new ArrayList<>();
            for (long a : aantallen) {
                lijstAantallen.add(a);
            }
            per.add(new Verdeling.PerIndicator(ind.getCode(), ind.getThema(), ind.getOmschrijving(), ind.getNorm(), ind.getSchaalMin(),
                    ind.getSchaalMax(), lijstAantallen, gescoord, onderNorm, gescoord == 0 ? null : Math.round(10.0 * som / gescoord) / 10.0));
        }
        Map<Long, String> namen = namen(onder.keySet());
        List<Verdeling.OnderNorm> onderNorm = onder.entrySet().stream()
                .map(e -> new Verdeling.OnderNorm(e.getKey(), namen.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing((Verdeling.OnderNorm o) -> -o.indicatoren().size()).thenComparing(Verdeling.OnderNorm::naam))
                .toList();
        return new Verdeling(rondeId, ronde.getNaam(), per, onderNorm);
    }

    // ------------------------------------------------------------ helpers

    private static Vergelijkbaarheid.Indicator ref(Indicator i) {
        return new Vergelijkbaarheid.Indicator(i.getId(), i.getMethode().getId(), i.getGekoppeldAanId());
    }

    /** Providers with a contract that is active and overlaps the period (read-only on inkoop's table). */
    private List<Long> gecontracteerd(LocalDate van, LocalDate tot) {
        return ((List<?>) em.createNativeQuery("select distinct aanbieder_id from contract where status = 'ACTIEF' and van <= ? and tot >= ? order by aanbieder_id")
                .setParameter(1, tot).setParameter(2, van).getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    private Map<Long, String> namen(Collection<Long> ids) {
        Map<Long, String> namen = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Object o : em.createNativeQuery("select id, naam from aanbieder where id in (" + in + ")").getResultList()) {
            Object[] r = (Object[]) o;
            namen.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return namen;
    }

    private Methode methodeEntity(long id) {
        Methode m = em.find(Methode.class, id);
        if (m == null) {
            throw new NotFoundException("Methode", id);
        }
        return m;
    }

    private Ronde rondeEntity(long id) {
        Ronde r = em.find(Ronde.class, id);
        if (r == null) {
            throw new NotFoundException("Ronde", id);
        }
        return r;
    }

    private Beoordeling beoordelingEntity(long rondeId, long aanbiederId) {
        return em.createQuery("select b from Beoordeling b where b.ronde.id = :r and b.aanbiederId = :a", Beoordeling.class)
                .setParameter("r", rondeId).setParameter("a", aanbiederId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Beoordeling van aanbieder " + aanbiederId + " in ronde", rondeId));
    }

    private static String tekst(String t, String field, String naam, int max, boolean verplicht) {
        if (t == null || t.isBlank()) {
            if (verplicht) {
                throw new DomainException("VERPLICHT", field, naam + " is verplicht");
            }
            return null;
        }
        if (t.strip().length() > max) {
            throw new DomainException("TE_LANG", field, naam + " mag hoogstens " + max + " tekens hebben");
        }
        return t.strip();
    }

    static MethodeView view(Methode m) {
        return new MethodeView(m.getId(), m.getNaam(), m.getVersie(), m.getOmschrijving(), m.getIndicatoren().stream()
                .map(i -> new IndicatorView(i.getId(), i.getCode(), i.getThema(), i.getOmschrijving(), i.getSchaalMin(), i.getSchaalMax(),
                        i.getNorm(), i.getGekoppeldAanId())).toList(), m.getVersion());
    }

    private RondeView view(Ronde r) {
        Object[] telling = (Object[]) em.createNativeQuery("select count(*), sum(case when beoordeeld_op is not null then 1 else 0 end) "
                + "from kw_beoordeling where ronde_id = ?").setParameter(1, r.getId()).getSingleResult();
        return new RondeView(r.getId(), r.getNaam(), r.getMethode().getId(), r.getMethode().getNaam(), r.getMethode().getVersie(),
                r.getVan(), r.getTot(), r.getSelectie(), ((Number) telling[0]).longValue(),
                telling[1] == null ? 0 : ((Number) telling[1]).longValue(), r.getVersion());
    }

    private static BeoordelingView view(Beoordeling b, String naam) {
        List<ScoreView> scores = new ArrayList<>();
        int gescoord = 0;
        int onderNorm = 0;
        for (Indicator ind : b.getRonde().getMethode().getIndicatoren()) {
            Score s = b.getScores().stream().filter(x -> x.getIndicator().getId().equals(ind.getId())).findFirst().orElse(null);
            boolean onder = s != null && s.getScore() < ind.getNorm();
            if (s != null) {
                gescoord++;
            }
            if (onder) {
                onderNorm++;
            }
            scores.add(new ScoreView(ind.getId(), ind.getCode(), ind.getThema(), ind.getOmschrijving(), ind.getSchaalMin(), ind.getSchaalMax(),
                    ind.getNorm(), s == null ? null : s.getScore(), s == null ? null : s.getOnderbouwing(), onder));
        }
        return new BeoordelingView(b.getId(), b.getRonde().getId(), b.getRonde().getNaam(), b.getAanbiederId(), naam, b.getLeerpunten(),
                b.getBeoordeeldDoor(), b.getBeoordeeldOp(), gescoord, onderNorm, scores,
                b.getVerbeteringen().stream().map(KwaliteitService::view).toList(), b.getVersion());
    }

    static VerbeteringView view(Verbetering v) {
        Beoordeling b = v.getBeoordeling();
        return new VerbeteringView(v.getId(), b.getRonde().getId(), b.getRonde().getNaam(), b.getAanbiederId(), v.getOmschrijving(),
                v.getDeadline(), v.getAfgerondOp(), v.getAfgerondOp() == null && v.getDeadline().isBefore(Tijd.vandaag()), v.getVersion());
    }
}
