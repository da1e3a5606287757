package nl.wmoregio.gebruiker.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.gebruiker.entity.Gebruiker;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.regio.boundary.GemeenteView;
import nl.wmoregio.shared.Rollen;

/**
 * One demo user per role (password {@value #DEMO_WACHTWOORD}), created when demo data is on and
 * the user does not exist yet. Never active in a production configuration (WMO_DEMO_DATA unset).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "InkoopDemoData"})
public class DemoGebruikers {

    public static final String DEMO_WACHTWOORD = "wmo-demo";
    private static final Logger LOG = Logger.getLogger(DemoGebruikers.class.getName());

    record Demo(String naam, String volledigeNaam, String rol, String gemeenteCbsCode) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("beheerder", "Bea Beheer", Rollen.BEHEERDER, null),
            new Demo("inkoop", "Ivo Inkoop", Rollen.INKOOP, null),
            new Demo("contractmanager", "Carla Contract", Rollen.CONTRACTMANAGER, null),
            new Demo("toezichthouder", "Tom Toezicht", Rollen.TOEZICHTHOUDER, null),
            new Demo("controller", "Cor Controle", Rollen.CONTROLLER, null),
            new Demo("gemeente.oss", "Gerda (gemeente Oss)", Rollen.GEMEENTE, "GM0828"),
            new Demo("gemeente.bernheze", "Bram (gemeente Bernheze)", Rollen.GEMEENTE, "GM1721"),
            new Demo("toezichthouder.ggd", "Gijs (GGD toezicht)", Rollen.TOEZICHTHOUDER, null),
            new Demo("melder", "Meldaccount aanbieders", Rollen.MELDER, null),
            new Demo("aanbieder", "iWmo-account aanbieder", Rollen.AANBIEDER, null));

    /** Toezicht organisation per demo toezichthouder (issue 5); set also on users that already exist without one. */
    static final java.util.Map<String, String> TOEZICHT_ORGANISATIE = java.util.Map.of(
            "toezichthouder", "WMO_TOEZICHTHOUDER", "toezichthouder.ggd", "GGD");

    @Inject
    DatabaseMigrator migrator;

    @Inject
    GemeenteService gemeenten;

    @Inject
    Wachtwoorden wachtwoorden;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @Inject
    AuditService audit;

    /**
     * Issue 16, L19: a database that once ran with demo data keeps its demo users, whose password is
     * in the README. With demo data off, every demo account that still has the demo password is
     * deactivated (audited, actor "systeem"); one whose password was changed has been taken over by
     * someone and stays. Deactivated, not deleted: the audit trail names them.
     */
    /** The active users among those given that bear a demo name and still verify the demo password. */
    static List<Gebruiker> teDeactiveren(List<Gebruiker> gebruikers, java.util.function.Predicate<String> demoWachtwoord) {
        Set<String> namen = DEMO.stream().map(Demo::naam).collect(java.util.stream.Collectors.toSet());
        return gebruikers.stream()
                .filter(g -> g.isActief() && namen.contains(g.getGebruikersnaam()) && demoWachtwoord.test(g.getWachtwoordHash()))
                .toList();
    }

    void deactiveerDemoGebruikers() {
        List<Gebruiker> actief = em.createQuery("select g from Gebruiker g where g.gebruikersnaam in :n and g.actief = true",
                Gebruiker.class).setParameter("n", DEMO.stream().map(Demo::naam).toList()).getResultList();
        List<Gebruiker> uit = teDeactiveren(actief, hash -> wachtwoorden.verify(DEMO_WACHTWOORD.toCharArray(), hash));
        for (Gebruiker g : uit) {
            g.setActief(false);
            audit.record("Gebruiker", g.getId(), "GEDEACTIVEERD", "gebruikersnaam=" + g.getGebruikersnaam(),
                    "Demogebruiker met het demowachtwoord, demodata staat uit (WMO_DEMO_DATA)");
        }
        int gedeactiveerd = uit.size();
        if (gedeactiveerd > 0) {
            final int n = gedeactiveerd;
            LOG.warning(() -> n + " demo users with the demo password deactivated: demo data is off");
        }
    }

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            deactiveerDemoGebruikers();
            return;
        }
        int created = 0;
        for (Demo demo : DEMO) {
            boolean exists = !em.createQuery("select g.id from Gebruiker g where g.gebruikersnaam = :n", Long.class)
                    .setParameter("n", demo.naam()).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            Long gemeenteId = demo.gemeenteCbsCode() == null ? null
                    : gemeenten.findByCbsCode(demo.gemeenteCbsCode()).map(GemeenteView::id).orElse(null);
            em.persist(new Gebruiker(demo.naam(), wachtwoorden.hash(DEMO_WACHTWOORD.toCharArray()),
                    demo.volledigeNaam(), Set.of(demo.rol()), gemeenteId));
            created++;
        }
        for (var entry : TOEZICHT_ORGANISATIE.entrySet()) {
            em.createQuery("select g from Gebruiker g where g.gebruikersnaam = :n and g.toezichtOrganisatie is null", Gebruiker.class)
                    .setParameter("n", entry.getKey()).getResultStream().forEach(g -> g.setToezichtOrganisatie(entry.getValue()));
        }
        // M10 (issue 16): the demo reporting account belongs to the first demo provider
        em.flush();
        em.createNativeQuery("update gebruiker set aanbieder_id = (select min(id) from aanbieder) "
                + "where gebruikersnaam in ('melder', 'aanbieder') and aanbieder_id is null").executeUpdate();
        final int count = created;
        LOG.info(() -> "Demo users present (" + count + " created)");
    }
}
