package nl.wmoregio.sturing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.sturing.entity.Scenario;

/** Risk scenarios for the warehouse: controllers create and edit them; every change is audited. */
@Stateless
@RolesAllowed(Rollen.CONTROLLER)
public class ScenarioService {

    static final BigDecimal MIN = BigDecimal.valueOf(-50);
    static final BigDecimal MAX = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    public List<ScenarioView> lijst() {
        return em.createQuery("select s from Scenario s order by s.naam", Scenario.class).getResultList().stream()
                .map(ScenarioService::view).toList();
    }

    public ScenarioView get(long id) {
        return view(find(id));
    }

    public ScenarioView create(ScenarioInput input) {
        Scenario s = new Scenario();
        apply(s, input, null);
        em.persist(s);
        em.flush();
        audit.record("Scenario", s.getId(), "AANGEMAAKT", beschrijf(s), null);
        return view(s);
    }

    public ScenarioView update(long id, long expectedVersion, ScenarioInput input) {
        Scenario s = find(id);
        if (s.isSjabloon()) {
            throw new DomainException("SJABLOON", "naam", "Een sjabloon wijzig je niet: maak er een kopie van en wijzig die");
        }
        Versies.controleer(s.getVersion(), expectedVersion, "Scenario " + s.getNaam());
        String voor = beschrijf(s);
        apply(s, input, id);
        Versies.flush(em::flush, "Scenario " + s.getNaam(), s::getVersion);
        audit.record("Scenario", s.getId(), "GEWIJZIGD", "voor: " + voor + "; na: " + beschrijf(s), null);
        return view(s);
    }

    /**
     * A copy of a scenario (a template of a named risk, or any other) that the controller then
     * edits: same parameters, risk and budget key, named "<naam> (kopie)" (or "(kopie 2)", ...), not
     * a template. Audited.
     */
    public ScenarioView kopieer(long id) {
        Scenario bron = find(id);
        String naam = null;
        for (int i = 1; naam == null; i++) {
            String basis = bron.getNaam().length() > 85 ? bron.getNaam().substring(0, 85) : bron.getNaam();
            String kandidaat = basis + (i == 1 ? " (kopie)" : " (kopie " + i + ")");
            if (em.createQuery("select count(s) from Scenario s where lower(s.naam) = :n", Long.class)
                    .setParameter("n", kandidaat.toLowerCase()).getSingleResult() == 0) {
                naam = kandidaat;
            }
        }
        Scenario s = new Scenario();
        s.wijzig(naam, bron.getOmschrijving(), true, bron.getHorizonJaren(), bron.getPercentages(), Tijd.nuUtc(),
                context.getCallerPrincipal().getName());
        s.kopieVan(bron);
        em.persist(s);
        em.flush();
        em.createNativeQuery("insert into wh_verdeelsleutel (scenario_id, gemeente_id, aandeel)"
                + " select ?1, gemeente_id, aandeel from wh_verdeelsleutel where scenario_id = ?2")
                .setParameter(1, s.getId()).setParameter(2, bron.getId()).executeUpdate();
        audit.record("Scenario", s.getId(), "GEKOPIEERD", "van " + bron.getId() + " (" + bron.getNaam() + "); " + beschrijf(s),
                null);
        return view(s);
    }

    private void apply(Scenario s, ScenarioInput in, Long id) {
        if (in == null) {
            throw new DomainException("VERPLICHT", "naam", "Geef de gegevens van het scenario");
        }
        String naam = in.naam() == null ? "" : in.naam().strip();
        if (naam.isEmpty() || naam.length() > 100) {
            throw new DomainException("NAAM_ONGELDIG", "naam", "Geef een naam van 1 tot 100 tekens");
        }
        Long dubbel = em.createQuery("select count(s) from Scenario s where lower(s.naam) = :n and (:id is null or s.id <> :id)",
                Long.class).setParameter("n", naam.toLowerCase()).setParameter("id", id).getSingleResult();
        if (dubbel > 0) {
            throw new DomainException("NAAM_BESTAAT", "naam", "Er is al een scenario met de naam " + naam);
        }
        String omschrijving = in.omschrijving() == null || in.omschrijving().isBlank() ? null : in.omschrijving().strip();
        if (omschrijving != null && omschrijving.length() > 1000) {
            throw new DomainException("OMSCHRIJVING_TE_LANG", "omschrijving", "De omschrijving is hoogstens 1000 tekens");
        }
        int horizon = in.horizonJaren() == null ? 5 : in.horizonJaren();
        if (horizon < 3 || horizon > 5) {
            throw new DomainException("HORIZON_ONGELDIG", "horizonJaren", "De horizon is 3, 4 of 5 jaar");
        }
        BigDecimal[] pct = in.percentages();
        for (int i = 0; i < pct.length; i++) {
            String veld = ScenarioInput.PERCENTAGES[i];
            if (pct[i] == null) {
                pct[i] = BigDecimal.ZERO;
            }
            if (pct[i].compareTo(MIN) < 0 || pct[i].compareTo(MAX) > 0 || pct[i].scale() > 2) {
                throw new DomainException("PERCENTAGE_ONGELDIG", veld,
                        "Een percentage ligt tussen -50 en 100, met hoogstens twee decimalen");
            }
        }
        if (pct[5].signum() < 0 || pct[5].compareTo(BigDecimal.valueOf(40)) > 0) {
            throw new DomainException("KOSTPRIJS_ONGELDIG", "reeleKostprijsHv",
                    "De verhoging naar een reële kostprijs HV ligt tussen 0 en 40%");
        }
        if (pct[10].signum() < 0) {
            throw new DomainException("PERCENTAGE_ONGELDIG", "verdeelmodelIngroei", "De ingroei per jaar ligt tussen 0 en 100%");
        }
        BigDecimal cap = in.capaciteitGroei();
        if (cap != null && (cap.compareTo(MIN) < 0 || cap.compareTo(MAX) > 0 || cap.scale() > 2)) {
            throw new DomainException("PERCENTAGE_ONGELDIG", "capaciteitGroei",
                    "Een percentage ligt tussen -50 en 100, met hoogstens twee decimalen");
        }
        s.wijzig(naam, omschrijving, in.actief() == null || in.actief(), horizon, pct, Tijd.nuUtc(),
                context.getCallerPrincipal().getName());
        s.wijzigRisicos(cap, Boolean.TRUE.equals(in.vergrijzingPrognose()));
    }

    private Scenario find(long id) {
        Scenario s = em.find(Scenario.class, id);
        if (s == null) {
            throw new NotFoundException("Scenario", id);
        }
        return s;
    }

    private static String beschrijf(Scenario s) {
        return "naam=" + s.getNaam() + "; actief=" + s.isActief() + "; horizon=" + s.getHorizonJaren() + "; pct="
                + Arrays.toString(s.getPercentages()) + "; capaciteit=" + s.getCapaciteitGroei() + "; prognose="
                + s.isVergrijzingPrognose();
    }

    static ScenarioView view(Scenario s) {
        BigDecimal[] p = s.getPercentages();
        return new ScenarioView(s.getId(), s.getNaam(), s.getOmschrijving(), s.isActief(), s.getHorizonJaren(), p[0], p[1],
                p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], s.getGewijzigdOp(), s.getGewijzigdDoor(), s.getVersion(),
                p[10], p[11], p[12], p[13], p[14], p[15], s.getCapaciteitGroei(), s.isVergrijzingPrognose(), s.getRisico(),
                s.isSjabloon());
    }
}
