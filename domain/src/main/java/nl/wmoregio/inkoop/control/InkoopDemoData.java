package nl.wmoregio.inkoop.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.wmoregio.inkoop.entity.Aanbieder;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.inkoop.entity.Product;
import nl.wmoregio.inkoop.entity.Toetreding;
import nl.wmoregio.inkoop.entity.ToetredingEis;
import nl.wmoregio.inkoop.entity.Toetredingsmoment;
import nl.wmoregio.platform.boundary.DatabaseMigrator;
import nl.wmoregio.shared.Wereld;
import nl.wmoregio.shared.Tijd;

/**
 * Deterministic synthetic providers for the demo region (seeded; no real company data): 200
 * contracted providers (16 with the BW right, 8 for HV), later entrants admitted through
 * toetredingen, and applications that are still open or were refused. Runs once, when demo
 * data is on and no provider exists yet; every contract goes through {@link Contractering}, so
 * the demo obeys the same rules as the screens.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class InkoopDemoData {

    static final long SEED = 20_200_101L;
    static final int GECONTRACTEERD = 200;
    static final int ALLEEN_AANVRAGERS = 10;
    static final int MET_BW_RECHT = 16;
    static final int HV_AANBIEDERS = 8;
    private static final Logger LOG = Logger.getLogger(InkoopDemoData.class.getName());

    private static final String[] SOORT = {"Zorggroep", "Stichting", "Begeleidingshuis", "Dagbesteding", "Thuisondersteuning",
            "Woongroep", "Zorgcoöperatie", "Begeleiding", "Werkplaats", "Zorgboerderij"};
    private static final String[] NAAM = {"De Linde", "Het Anker", "Maasland", "Peelrand", "De Kempen", "Het Baken",
            "De Wilgen", "Zonnehoek", "De Brug", "Het Veer", "Rivierzicht", "De Hoeve", "Het Palet", "Vlinderhof",
            "De Maasoever", "Kompas", "De Kastanje", "Horizon", "De Schakel", "Het Kwadrant"};
    private static final String[] PLAATS = {"Oss", "Uden", "Boxmeer", "Cuijk", "Grave", "Heesch", "Boekel", "Mill",
            "Sint Anthonis", "Schaijk", "Berghem", "Nistelrode"};
    private static final String[] VOORNAAM = {"Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greet", "Hans", "Ilse", "Joost"};
    private static final String[] ACHTERNAAM = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smits", "Meijer", "de Groot"};

    @Inject
    DatabaseMigrator migrator;

    @Inject
    Contractering contractering;

    @PersistenceContext(unitName = "wmo")
    EntityManager em;

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            return;
        }
        if (em.createQuery("select count(a) from Aanbieder a", Long.class).getSingleResult() == 0) {
            maak();
        }
        verlengTotHeden(Wereld.nu().laatsteJaar() + 1);
    }

    /**
     * Issue 14: the demo's contracts (2020-2023) are extended (verlengd) up to the end of next year and the
     * tariffs indexed 2.5% a year into every year up to then (rounded to cents, indexatie_pct set),
     * so the living world has a contract and a tariff for every year it covers. Idempotent: only
     * what ends earlier is extended, only missing tariff years are added. The procedures keep their
     * period (2020-2023): a new contract under them still ends there.
     */
    void verlengTotHeden(int totJaar) {
        java.time.LocalDate eind = java.time.LocalDate.of(totJaar, 12, 31);
        em.createNativeQuery("update contract set tot = ? where status = 'ACTIEF' and tot < ?").setParameter(1, eind)
                .setParameter(2, eind).executeUpdate();
        int verlengd = em.createNativeQuery("update deelovereenkomst set tot = ?, verlengingen = verlengingen + 1 "
                + "where status = 'ACTIEF' and tot < ?").setParameter(1, eind).setParameter(2, eind).executeUpdate();
        int tarieven = 0;
        for (int stap = 0; stap < 100; stap++) {
            int n = em.createNativeQuery("insert into tarief (product_code, categorie, jaar, bedrag_cent, indexatie_pct) "
                    + "select t.product_code, t.categorie, t.jaar + 1, round(t.bedrag_cent * 1.025), 2.50 from tarief t "
                    + "where t.jaar < ? and t.jaar = (select max(x.jaar) from tarief x where x.product_code = t.product_code "
                    + "and x.categorie = t.categorie)").setParameter(1, totJaar).executeUpdate();
            if (n == 0) {
                break;
            }
            tarieven += n;
        }
        final int d = verlengd;
        final int t = tarieven;
        if (d + t > 0) {
            LOG.info(() -> "Demo inkoop data: " + d + " deelovereenkomsten extended to " + eind + ", " + t + " tariffs indexed 2.5%");
        }
    }

    private void maak() {
        Random random = new Random(SEED);
        Map<String, Inkoopprocedure> procedure = em.createQuery("select p from Inkoopprocedure p", Inkoopprocedure.class)
                .getResultList().stream().collect(Collectors.toMap(Inkoopprocedure::getProductgroepCode, p -> p, (a, b) -> a));
        Map<String, List<Product>> producten = em.createQuery("select p from Product p order by p.code", Product.class)
                .getResultList().stream().collect(Collectors.groupingBy(Product::getProductgroepCode));
        if (procedure.size() < 6) {
            return; // catalogue demo script not applied
        }
        List<Aanbieder> aanbieders = maakAanbieders(random);
        LocalDate start = LocalDate.of(2020, 1, 1);
        int toegelaten = 0;
        for (int i = 0; i < GECONTRACTEERD; i++) {
            Aanbieder aanbieder = aanbieders.get(i);
            if (i < MET_BW_RECHT) {
                for (Product product : kies(random, producten.get("BW"), 1 + random.nextInt(3))) {
                    contractering.contracteer(aanbieder, procedure.get("BW"), product, start);
                }
            }
            if (i >= MET_BW_RECHT && i < MET_BW_RECHT + HV_AANBIEDERS) {
                contractering.contracteer(aanbieder, procedure.get("HV"), producten.get("HV").get(0), start);
            }
            // Open house: one to three product groups; most from the start, some entered later.
            List<String> groepen = kies(random, List.of("BI", "BI", "BI", "BG", "BG", "KV", "MO"), 1 + random.nextInt(3))
                    .stream().distinct().toList();
            boolean lateToetreder = i >= MET_BW_RECHT + HV_AANBIEDERS && random.nextInt(100) < 15;
            for (String groep : groepen) {
                Inkoopprocedure p = procedure.get(groep);
                List<Product> gekozen = kies(random, producten.get(groep), 1 + random.nextInt(2));
                if (lateToetreder) {
                    Toetredingsmoment moment = p.getMomenten().get(1 + random.nextInt(p.getMomenten().size() - 1));
                    Toetreding t = aanvraag(aanbieder, moment, gekozen, true);
                    t.besluit(Toetreding.Status.TOEGELATEN, "Voldoet aan alle selectie- en kwaliteitseisen", "inkoop",
                            moment.getDatum().atStartOfDay().minusDays(14));
                    for (Product product : gekozen) {
                        contractering.contracteer(aanbieder, p, product, moment.getDatum());
                    }
                    toegelaten++;
                } else {
                    for (Product product : gekozen) {
                        contractering.contracteer(aanbieder, p, product, start);
                    }
                }
            }
        }
        // Providers that applied but hold no contract (yet): some refused, some still under review.
        for (int i = GECONTRACTEERD; i < aanbieders.size(); i++) {
            String groep = List.of("BI", "BG", "KV", "MO").get(random.nextInt(4));
            Inkoopprocedure p = procedure.get(groep);
            Toetredingsmoment moment = p.getMomenten().get(p.getMomenten().size() - 1);
            boolean afgewezen = i % 2 == 0;
            Toetreding t = aanvraag(aanbieders.get(i), moment, kies(random, producten.get(groep), 1), !afgewezen);
            if (afgewezen) {
                t.getEisen().get(1).beoordeel(false, "vog-overzicht.pdf", "application/pdf", 48_213L,
                        "Voor 3 medewerkers met cliëntcontact ontbreekt een VOG");
                t.besluit(Toetreding.Status.AFGEWEZEN, "Niet voldaan aan de verplichte eis VOG", "inkoop",
                        moment.getDatum().atStartOfDay().minusDays(10));
            }
        }
        em.flush();
        final int late = toegelaten;
        LOG.info(() -> "Demo inkoop data: " + aanbieders.size() + " providers, " + GECONTRACTEERD + " contracted ("
                + late + " later entries), " + ALLEEN_AANVRAGERS + " applicants without contract");
    }

    private List<Aanbieder> maakAanbieders(Random random) {
        List<Aanbieder> result = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        Set<String> kvks = new HashSet<>();
        for (int i = 0; i < GECONTRACTEERD + ALLEEN_AANVRAGERS; i++) {
            String plaats = PLAATS[random.nextInt(PLAATS.length)];
            String naam = SOORT[random.nextInt(SOORT.length)] + " " + NAAM[random.nextInt(NAAM.length)];
            if (!namen.add(naam)) {
                naam = naam + " " + plaats;
                for (int n = 2; !namen.add(naam); n++) {
                    naam = naam.replaceAll(" \\d+$", "") + " " + n;
                }
            }
            String kvk;
            do {
                kvk = String.valueOf(10_000_000 + random.nextInt(89_999_999));
            } while (!kvks.add(kvk));
            String agb = random.nextInt(10) < 9 ? String.format("98%06d", i + 1) : null;
            Aanbieder aanbieder = new Aanbieder(naam, kvk, agb, i < MET_BW_RECHT, Tijd.nuUtc());
            int locaties = 1 + random.nextInt(3);
            for (int l = 0; l < locaties; l++) {
                String locatiePlaats = l == 0 ? plaats : PLAATS[random.nextInt(PLAATS.length)];
                aanbieder.voegLocatieToe(l == 0 ? "Hoofdlocatie" : "Locatie " + locatiePlaats,
                        "Voorbeeldstraat " + (1 + random.nextInt(200)),
                        String.format("5%03d %c%c", random.nextInt(1000), (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26))),
                        locatiePlaats);
            }
            String contact = VOORNAAM[random.nextInt(VOORNAAM.length)] + " " + ACHTERNAAM[random.nextInt(ACHTERNAAM.length)];
            aanbieder.voegContactToe(contact, "Contactpersoon contracten",
                    "contract@aanbieder-" + (i + 1) + ".example", "0412-" + String.format("%06d", random.nextInt(1_000_000)));
            em.persist(aanbieder);
            result.add(aanbieder);
        }
        em.flush();
        return result;
    }

    private Toetreding aanvraag(Aanbieder aanbieder, Toetredingsmoment moment, List<Product> producten, boolean alleEisenVoldaan) {
        Set<String> codes = producten.stream().map(Product::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
        Toetreding toetreding = new Toetreding(aanbieder, moment, codes, moment.getDatum().atStartOfDay().minusDays(42));
        if (alleEisenVoldaan) {
            for (ToetredingEis eis : toetreding.getEisen()) {
                eis.beoordeel(true, eis.getEis().getCode().toLowerCase() + ".pdf", "application/pdf", 120_000L, null);
            }
        }
        em.persist(toetreding);
        return toetreding;
    }

    private static <T> List<T> kies(Random random, List<T> uit, int aantal) {
        List<T> kopie = new ArrayList<>(uit);
        java.util.Collections.shuffle(kopie, random);
        return kopie.subList(0, Math.min(aantal, kopie.size()));
    }
}
