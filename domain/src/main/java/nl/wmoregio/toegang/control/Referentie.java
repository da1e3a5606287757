package nl.wmoregio.toegang.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference data the world generator draws from, read once (read-only, ADR 0007) before it
 * writes: gemeenten with their mergers, participation per product group by date, the catalogue,
 * contracted provider x product with their periods, tariffs, the CEO questions, the toezicht norms,
 * the quality indicators, existing CEO rounds and the next free id per table. A plain value, so
 * the model ({@link WereldModel}) can be tested without a database.
 */
public record Referentie(List<Gemeente> gemeenten, List<Deelname> deelnames, Map<String, Product> producten,
        List<Contract> contracten, Map<String, TreeMap<Integer, Long>> tarieven, List<Vraag> vragen, List<Long> normen,
        Long kaderId, Long methodeId, List<Indicator> indicatoren, Map<String, Long> ceoRondes, Map<String, Long> volgendeId) {

    public record Gemeente(long id, String cbs, LocalDate van, LocalDate tot, Long opvolger) {

        boolean bestaatOp(LocalDate d) {
            return (van == null || !van.isAfter(d)) && (tot == null || !tot.isBefore(d));
        }
    }

    public record Deelname(long gemeenteId, String groep, LocalDate van, LocalDate tot) {
    }

    public record Product(String code, String groep, String eenheid, String frequentie, String[] categorieen) {
    }

    public record Contract(long aanbiederId, String product, LocalDate van, LocalDate tot) {
    }

    public record Vraag(long id, String code, String type) {
    }

    public record Indicator(long id, int min, int max, int norm) {
    }

    /** Tables whose next id the generator assigns itself (ids are written explicitly). */
    static final List<String> TABELLEN = List.of("client", "indicatie", "doel", "doel_evaluatie", "declaratie_regel",
            "ceo_ronde", "ceo_steekproef", "ceo_antwoord", "melding", "onderzoek", "bevinding", "maatregel", "kw_ronde",
            "kw_beoordeling", "kw_score");

    public static Referentie lees(Connection c) throws SQLException {
        List<Gemeente> gemeenten = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, cbs_code, geldig_van, geldig_tot, opgevolgd_door_id from gemeente order by id")) {
            while (rs.next()) {
                long opvolger = rs.getLong(5);
                gemeenten.add(new Gemeente(rs.getLong(1), rs.getString(2), datum(rs, 3), datum(rs, 4), rs.wasNull() ? null : opvolger));
            }
        }
        List<Deelname> deelnames = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select gemeente_id, productgroep_code, van, tot from deelname order by gemeente_id, productgroep_code, van")) {
            while (rs.next()) {
                deelnames.add(new Deelname(rs.getLong(1), rs.getString(2), datum(rs, 3), datum(rs, 4)));
            }
        }
        Map<String, Product> producten = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select code, productgroep_code, eenheid, frequentie, categorieen from product order by code")) {
            while (rs.next()) {
                String cats = rs.getString(5);
                producten.put(rs.getString(1), new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        cats == null || cats.isBlank() ? new String[0] : cats.split(",")));
            }
        }
        List<Contract> contracten = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select c.aanbieder_id, d.product_code, d.van, d.tot "
                + "from deelovereenkomst d join contract c on c.id = d.contract_id "
                + "where d.status = 'ACTIEF' and c.status = 'ACTIEF' order by c.aanbieder_id, d.product_code, d.van")) {
            while (rs.next()) {
                contracten.add(new Contract(rs.getLong(1), rs.getString(2), datum(rs, 3), datum(rs, 4)));
            }
        }
        Map<String, TreeMap<Integer, Long>> tarieven = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select product_code, categorie, jaar, bedrag_cent from tarief order by product_code, categorie, jaar")) {
            while (rs.next()) {
                tarieven.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new TreeMap<>()).put(rs.getInt(3), rs.getLong(4));
            }
        }
        List<Vraag> vragen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, code, type from ceo_vraag where gemeente_id is null order by nummer")) {
            while (rs.next()) {
                vragen.add(new Vraag(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        Long kader = null;
        List<Long> normen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select n.kader_id, n.id from toetsingskader_norm n "
                + "where n.kader_id = (select min(id) from toetsingskader) order by n.volgorde")) {
            while (rs.next()) {
                kader = rs.getLong(1);
                normen.add(rs.getLong(2));
            }
        }
        List<Indicator> indicatoren = new ArrayList<>();
        Long methode = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(id) from kw_methode")) {
            if (rs.next()) {
                long m = rs.getLong(1);
                methode = rs.wasNull() ? null : m;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select i.id, i.schaal_min, i.schaal_max, i.norm "
                + "from kw_indicator i where i.methode_id = (select max(id) from kw_methode) order by i.volgorde")) {
            while (rs.next()) {
                indicatoren.add(new Indicator(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        Map<String, Long> rondes = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select gemeente_id, jaar, id from ceo_ronde")) {
            while (rs.next()) {
                rondes.put(rs.getLong(1) + "|" + rs.getInt(2), rs.getLong(3));
            }
        }
        Map<String, Long> volgende = new LinkedHashMap<>();
        for (String tabel : TABELLEN) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + tabel)) {
                rs.next();
                volgende.put(tabel, rs.getLong(1));
            }
        }
        return new Referentie(gemeenten, deelnames, producten, contracten, tarieven, vragen, normen, kader, methode, indicatoren, rondes, volgende);
    }

    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        java.sql.Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }
}
