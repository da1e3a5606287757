package nl.wmoregio.sturing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.regio.boundary.GemeenteFilter;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.StaleVersionException;
import nl.wmoregio.shared.Versies;
import nl.wmoregio.sturing.entity.Budget;

/**
 * The Wmo budget per gemeente per year, which the warehouse compares its projections with.
 * Controllers read and edit it; every change is audited (before and after) in the same
 * transaction. Creating a budget that someone else created meanwhile, or changing an older
 * version than the stored one, is refused as a stale edit.
 */
@Stateless
@RolesAllowed(Rollen.CONTROLLER)
public class BudgetService {

    public static final int MIN_JAAR = 2000;
    public static final int MAX_JAAR = 2100;
    /** Ten billion euro: well above any gemeente's Wmo budget, far below overflow. */
    public static final long MAX_CENT = 1_000_000_000_000L;
    static final String AUDIT_ENTITEIT = "Budget";

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    GemeenteService gemeenten;

    /**
     * Budgets filtered on year and/or gemeente. With {@code ookZonderBudget} and a year, every
     * gemeente that existed in that year is listed, with null amount when none is entered.
     */
    public List<BudgetView> lijst(Integer jaar, Long gemeenteId, boolean ookZonderBudget) {
        if (jaar != null) {
            controleerJaar(jaar);
        }
        Map<Long, GemeenteView> perId = alleGemeenten().stream()
                .collect(Collectors.toMap(GemeenteView::id, Function.identity()));
        List<Budget> budgetten = em.createQuery("select b from Budget b where (:j is null or b.jaar = :j)"
                + " and (:g is null or b.gemeenteId = :g)", Budget.class)
                .setParameter("j", jaar).setParameter("g", gemeenteId).getResultList();
        List<BudgetView> out = new ArrayList<>();
        for (Budget b : budgetten) {
            out.add(view(b, perId.get(b.getGemeenteId())));
        }
        if (ookZonderBudget && jaar != null) {
            for (GemeenteView g : perId.values()) {
                boolean heeft = budgetten.stream().anyMatch(b -> b.getGemeenteId() == g.id());
                if (!heeft && bestondIn(g, jaar) && (gemeenteId == null || gemeenteId == g.id())) {
                    out.add(new BudgetView(g.id(), g.cbsCode(), g.naam(), jaar, null, null));
                }
            }
        }
        out.sort(Comparator.comparing(BudgetView::jaar).reversed()
                .thenComparing(v -> v.gemeente() == null ? "" : v.gemeente(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    public BudgetView get(long gemeenteId, int jaar) {
        controleerJaar(jaar);
        Budget b = em.find(Budget.class, new Budget.Sleutel(gemeenteId, jaar));
        if (b == null) {
            throw new NotFoundException("Budget", gemeenteId + "/" + jaar);
        }
        return view(b, gemeenten.get(gemeenteId).gemeente());
    }

    /**
     * Enters or changes a budget. {@code verwachteVersie} null means "new": refused as stale when
     * a budget exists meanwhile; a version for a budget that does not exist is a not-found.
     */
    public BudgetView opslaan(long gemeenteId, int jaar, Long verwachteVersie, Long budgetCent) {
        controleerJaar(jaar);
        if (budgetCent == null) {
            throw new DomainException("BUDGET_VERPLICHT", "budgetCent", "Vul het budget in");
        }
        if (budgetCent < 0 || budgetCent > MAX_CENT) {
            throw new DomainException("BUDGET_ONGELDIG", "budgetCent",
                    "Het budget ligt tussen 0 en 10.000.000.000 euro");
        }
        GemeenteView g = gemeenten.get(gemeenteId).gemeente();
        if (!bestondIn(g, jaar)) {
            throw new DomainException("GEMEENTE_NIET_IN_JAAR", "jaar", "Gemeente " + g.naam() + " bestond niet in " + jaar);
        }
        String wat = "Het budget van " + g.naam() + " voor " + jaar;
        Budget b = em.find(Budget.class, new Budget.Sleutel(gemeenteId, jaar));
        if (b == null) {
            if (verwachteVersie != null) {
                throw new NotFoundException("Budget", gemeenteId + "/" + jaar);
            }
            b = new Budget(gemeenteId, jaar, budgetCent);
            em.persist(b);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (!nl.wmoregio.shared.DubbeleSleutel.herken(e)) {
                    throw e;
                }
                // created by someone else between our read and our insert (primary key)
                throw new StaleVersionException(wat, 0);
            }
            audit.record(AUDIT_ENTITEIT, gemeenteId + "/" + jaar, "AANGEMAAKT",
                    "gemeente=" + g.naam() + " (" + g.cbsCode() + "); jaar=" + jaar + "; budget_cent=" + budgetCent, null);
            return view(b, g);
        }
        if (verwachteVersie == null) {
            throw new StaleVersionException(wat, b.getVersion());
        }
        Versies.controleer(b.getVersion(), verwachteVersie, wat);
        long voor = b.getBudgetCent();
        b.wijzig(budgetCent);
        Budget opgeslagen = b;
        Versies.flush(em::flush, wat, opgeslagen::getVersion);
        if (voor != budgetCent) {
            audit.record(AUDIT_ENTITEIT, gemeenteId + "/" + jaar, "GEWIJZIGD", "gemeente=" + g.naam() + " (" + g.cbsCode()
                    + "); jaar=" + jaar + "; budget_cent voor: " + voor + "; na: " + budgetCent, null);
        }
        return view(b, g);
    }

    /** The gemeente list for choices on screens: every gemeente, ended ones included. */
    public List<GemeenteView> gemeenten() {
        return alleGemeenten().stream().sorted(Comparator.comparing(GemeenteView::naam, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private List<GemeenteView> alleGemeenten() {
        List<GemeenteView> alle = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<GemeenteView> page = gemeenten.zoek(GemeenteFilter.alle(), new PageRequest(p, PageRequest.MAX_SIZE, null, true));
            alle.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE) {
                return alle;
            }
        }
    }

    static boolean bestondIn(GemeenteView g, int jaar) {
        return (g.geldigVan() == null || g.geldigVan().getYear() <= jaar)
                && (g.geldigTot() == null || g.geldigTot().getYear() >= jaar);
    }

    static void controleerJaar(int jaar) {
        if (jaar < MIN_JAAR || jaar > MAX_JAAR) {
            throw new DomainException("JAAR_ONGELDIG", "jaar", "Het jaar ligt tussen " + MIN_JAAR + " en " + MAX_JAAR);
        }
    }

    private static BudgetView view(Budget b, GemeenteView g) {
        return new BudgetView(b.getGemeenteId(), g == null ? null : g.cbsCode(), g == null ? null : g.naam(), b.getJaar(),
                b.getBudgetCent(), b.getVersion());
    }
}
