package nl.wmoregio.sturing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.wmoregio.platform.boundary.DatabaseMigrator;

/**
 * Demo data of the sturing component (only with demo data on; idempotent): the eight named risks of
 * seed 000 as scenario TEMPLATES (wh_scenario.sjabloon, active, so every run projects them), a
 * synthetic population prognosis per current gemeente and age band (wh_bevolking; only when empty)
 * and, for the doordecentralisatie template, a budget key per gemeente by population share
 * (wh_verdeelsleutel). Templates are matched by name: a template that exists is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class SturingDemoData {

    private static final Logger LOG = Logger.getLogger(SturingDemoData.class.getName());

    /** Band -> share of the inhabitants in the base year and growth per year (%), double ageing in 75+. */
    static final Map<String, double[]> BANDEN = new LinkedHashMap<>();

    static {
        BANDEN.put("18-23", new double[] {0.07, -0.5});
        BANDEN.put("24-54", new double[] {0.40, -0.4});
        BANDEN.put("55-75", new double[] {0.26, 0.6});
        BANDEN.put("75+", new double[] {0.09, 4.0});
    }

    /** naam, risico, omschrijving, then the columns set (name=value). */
    static final String[][] SJABLONEN = {
        {"Abonnementstarief", "ABONNEMENTSTARIEF",
            "Sinds 2019/2020 een maximale eigen bijdrage: minder inkomsten, meer aanvragen HV (eenmalig +12% vraag).",
            "abonnement_hv_pct=12"},
        {"Reële kostprijs HV", "REELE_KOSTPRIJS_HV",
            "Tarieven HV naar een reële kostprijs: tot +40% (hier het maximum).", "reele_kostprijs_hv_pct=40"},
        {"Doordecentralisatie BW/MO (objectief verdeelmodel)", "DOORDECENTRALISATIE_BW_MO",
            "Het budget BW/MO gaat in 5 jaar naar alle gemeenten volgens het objectief verdeelmodel (sleutel per gemeente"
                + " naar inwonertal); verwacht nadeel voor de regio: -8%.",
            "verdeelmodel_ingroei_pct=20,verdeelmodel_regio_pct=-8"},
        {"Wlz-uitname BW", "WLZ_UITNAME_BW",
            "Een deel van de doelgroep BW gaat naar de Wlz (10% van de vraag); de korting op het budget is groter (15% van de kosten).",
            "wlz_uitstroom_bw_pct=10,wlz_korting_bw_pct=15"},
        {"Dubbele vergrijzing", "VERGRIJZING",
            "De vraag per leeftijdsklasse (18-23, 24-54, 55-75, 75+) volgt de bevolkingsprognose van de gemeente.",
            "vergrijzing_prognose=1"},
        {"Personeelstekort", "PERSONEELSTEKORT",
            "Vergrijzing volgens de prognose, maar de capaciteit groeit hoogstens 0,5% per jaar: de rest wacht.",
            "vergrijzing_prognose=1,capaciteit_groei_pct=0.5"},
        {"Open-einde regeling", "OPEN_EINDE",
            "Wie ondersteuning nodig heeft krijgt die, ook als het budget op is: +4% vraag per jaar die het budget niet begrenst.",
            "extra_vraag_pct=4"},
        {"Resultaatgericht beschikken (uren per resultaat)", "RESULTAATGERICHT",
            "CRvB: een resultaat moet in objectief vastgestelde uren; normtijden geven +8% uren HV per cliënt.",
            "resultaat_uren_pct=8"},
    };

    @Inject
    DatabaseMigrator migrator;

    @Resource(lookup = "java:app/jdbc/wmo")
    DataSource dataSource;

    @PostConstruct
    void seed() {
        if (!migrator.isDemoData()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int nieuw = vul(c, LocalDate.now().getYear());
            c.commit();
            if (nieuw > 0) {
                LOG.info(() -> "Demo sturing: " + nieuw + " scenario templates of the named risks");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo sturing data could not be written", e);
        }
    }

    /** Fills what is missing; returns the number of templates added. Package-visible for tests. */
    static int vul(Connection c, int ditJaar) throws SQLException {
        List<long[]> gemeenten = new ArrayList<>(); // id, inhabitants
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from gemeente"
                + " where geldig_tot is null or geldig_tot >= current_date order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                gemeenten.add(new long[] {id, 20_000 + (id * 7_919) % 60_000});
            }
        }
        if (count(c, "select count(*) from wh_bevolking") == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into wh_bevolking (gemeente_id, jaar, leeftijdsklasse, inwoners) values (?, ?, ?, ?)")) {
                for (long[] g : gemeenten) {
                    for (int jaar = ditJaar - 6; jaar <= ditJaar + 8; jaar++) {
                        for (Map.Entry<String, double[]> b : BANDEN.entrySet()) {
                            ps.setLong(1, g[0]);
                            ps.setInt(2, jaar);
                            ps.setString(3, b.getKey());
                            ps.setLong(4, Math.round(g[1] * b.getValue()[0]
                                    * Math.pow(1 + b.getValue()[1] / 100, jaar - (ditJaar - 6))));
                            ps.addBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
        }
        long totaal = gemeenten.stream().mapToLong(g -> g[1]).sum();
        int nieuw = 0;
        for (String[] t : SJABLONEN) {
            if (count(c, "select count(*) from wh_scenario where naam = '" + t[0].replace("'", "''") + "'") > 0) {
                continue;
            }
            List<String> kolommen = new ArrayList<>(List.of("naam", "risico", "omschrijving", "sjabloon", "actief",
                    "horizon_jaren", "gewijzigd_door"));
            List<Object> waarden = new ArrayList<>(List.of(t[0], t[1], t[2], true, true, 5, "demo"));
            for (String kv : t[3].split(",")) {
                String[] p = kv.split("=");
                kolommen.add(p[0]);
                waarden.add(new java.math.BigDecimal(p[1]));
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into wh_scenario (" + String.join(", ", kolommen)
                    + ") values (" + "?, ".repeat(kolommen.size() - 1) + "?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < waarden.size(); i++) {
                    ps.setObject(i + 1, waarden.get(i));
                }
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            if (t[1].equals("DOORDECENTRALISATIE_BW_MO") && totaal > 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into wh_verdeelsleutel (scenario_id, gemeente_id, aandeel) values (?, ?, ?)")) {
                    for (long[] g : gemeenten) {
                        ps.setLong(1, id);
                        ps.setLong(2, g[0]);
                        ps.setBigDecimal(3, java.math.BigDecimal.valueOf(g[1]).divide(java.math.BigDecimal.valueOf(totaal), 6,
                                java.math.RoundingMode.HALF_UP));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            nieuw++;
        }
        return nieuw;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
