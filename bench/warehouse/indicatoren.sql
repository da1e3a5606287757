-- The best MariaDB SQL we could write for the warehouse's main indicators, for the benchmark
-- ratio Spark vs. MariaDB (bench/warehouse/run.sh, step "sql"). Computes the SAME two result
-- sets as the Spark job, with the same definitions (Transforms.indicatieFeiten, indicatieJaren,
-- kostenFeiten, doelFeiten, indicatoren, maandReeks):
--   bench_sql_indicator  = wh_indicator  (jaar x gemeente x aanbieder x productgroep x segment:
--                          clients, indicaties, in/uitstroom, average duration, costs, cost per
--                          client, goals evaluated/achieved and their share)
--   bench_sql_maand      = wh_maand      (jaar x maand x gemeente x productgroep: unique clients
--                          with a declaration, volume, costs)
-- Results land in real tables (as Spark's load does); bench/warehouse/vergelijk.sql compares them
-- row by row with the Spark run. Peildatum: @peil when the caller set it, else today (as the job).
-- Plan: one pass over indicatie (+ client, product, successor by index) into a keyed fact table;
-- years by a range join on a tiny year table; one pass over declaratie_regel per result set
-- (PK lookups into the fact table, product from a 14-row table); goals by a window function;
-- the full outer join of the three parts as a union of keys plus left joins (MariaDB has no
-- FULL OUTER JOIN). Session-sized in-memory temp tables for the GROUP BYs.
SET @peil = COALESCE(@peil, CURDATE());
SET SESSION tmp_table_size = 1073741824, max_heap_table_size = 1073741824;

-- Indicatie facts: one row per indicatie with segment, product group and the events.
DROP TEMPORARY TABLE IF EXISTS b_feit;
CREATE TEMPORARY TABLE b_feit (
  indicatie_id BIGINT NOT NULL PRIMARY KEY, client_id BIGINT NOT NULL, gemeente_id BIGINT NOT NULL,
  aanbieder_id BIGINT NOT NULL, productgroep_code VARCHAR(4) NOT NULL, segment VARCHAR(2) NOT NULL,
  van DATE NOT NULL, tot DATE NULL, instroom TINYINT NOT NULL, uitstroom TINYINT NOT NULL, duur_dagen INT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
SELECT x.id AS indicatie_id, x.client_id, x.gemeente_id, x.aanbieder_id, p.productgroep_code, c.segment, x.van, x.tot,
       x.vorige_id IS NULL AS instroom, x.uit AS uitstroom,
       CASE WHEN x.uit THEN DATEDIFF(x.tot, x.van) + 1 END AS duur_dagen
FROM (SELECT i.id, i.client_id, i.gemeente_id, i.aanbieder_id, i.product_code, i.van, i.tot, i.vorige_id,
             i.tot IS NOT NULL AND i.tot <= @peil AND NOT EXISTS (SELECT 1 FROM indicatie n WHERE n.vorige_id = i.id) AS uit
      FROM indicatie i) x
JOIN client c ON c.id = x.client_id
JOIN product p ON p.code = x.product_code;

-- Every year an indicatie can run in (up to the peildatum's year).
DROP TEMPORARY TABLE IF EXISTS b_jaren;
CREATE TEMPORARY TABLE b_jaren (jaar INT NOT NULL PRIMARY KEY) ENGINE=MEMORY
SELECT seq AS jaar FROM seq_1900_to_2200 WHERE seq BETWEEN (SELECT MIN(YEAR(van)) FROM b_feit) AND YEAR(@peil);

-- Part a: the indicatie figures per year the indicatie runs in.
DROP TEMPORARY TABLE IF EXISTS b_a;
CREATE TEMPORARY TABLE b_a (PRIMARY KEY (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)) ENGINE=MEMORY
SELECT y.jaar, f.gemeente_id, f.aanbieder_id, f.productgroep_code, f.segment,
       COUNT(DISTINCT f.client_id) AS clienten, COUNT(*) AS indicaties,
       CAST(SUM(f.instroom AND YEAR(f.van) = y.jaar) AS SIGNED) AS instroom,
       CAST(SUM(f.uitstroom AND YEAR(f.tot) = y.jaar) AS SIGNED) AS uitstroom,
       AVG(CASE WHEN f.uitstroom AND YEAR(f.tot) = y.jaar THEN f.duur_dagen END) AS gem_duur_dagen
FROM b_feit f
JOIN b_jaren y ON y.jaar BETWEEN YEAR(f.van) AND YEAR(LEAST(COALESCE(f.tot, @peil), @peil))
WHERE f.van <= @peil
GROUP BY y.jaar, f.gemeente_id, f.aanbieder_id, f.productgroep_code, f.segment;

-- Part k: costs (declaration's gemeente, provider and product; the client's segment).
DROP TEMPORARY TABLE IF EXISTS b_k;
CREATE TEMPORARY TABLE b_k (PRIMARY KEY (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)) ENGINE=MEMORY
SELECT CAST(d.jaar AS SIGNED) AS jaar, d.gemeente_id, d.aanbieder_id, p.productgroep_code, f.segment,
       CAST(SUM(d.bedrag_cent) AS SIGNED) AS kosten_cent
FROM declaratie_regel d
JOIN b_feit f ON f.indicatie_id = d.indicatie_id
JOIN product p ON p.code = d.product_code
GROUP BY d.jaar, d.gemeente_id, d.aanbieder_id, p.productgroep_code, f.segment;

-- Part d: the LAST evaluation of each goal (latest date, then highest id), in its year.
DROP TEMPORARY TABLE IF EXISTS b_d;
CREATE TEMPORARY TABLE b_d (PRIMARY KEY (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)) ENGINE=MEMORY
SELECT YEAR(e.datum) AS jaar, f.gemeente_id, f.aanbieder_id, f.productgroep_code, f.segment,
       COUNT(*) AS doelen_geevalueerd, CAST(SUM(e.uitkomst = 'BEHAALD') AS SIGNED) AS doelen_behaald
FROM (SELECT doel_id, datum, uitkomst,
             ROW_NUMBER() OVER (PARTITION BY doel_id ORDER BY datum DESC, id DESC) AS rn
      FROM doel_evaluatie) e
JOIN doel dl ON dl.id = e.doel_id
JOIN b_feit f ON f.indicatie_id = dl.indicatie_id
WHERE e.rn = 1
GROUP BY YEAR(e.datum), f.gemeente_id, f.aanbieder_id, f.productgroep_code, f.segment;

-- Full outer join of a, k and d on the grain.
DROP TEMPORARY TABLE IF EXISTS b_sleutel;
CREATE TEMPORARY TABLE b_sleutel (PRIMARY KEY (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)) ENGINE=MEMORY
SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment FROM b_a
UNION SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment FROM b_k
UNION SELECT jaar, gemeente_id, aanbieder_id, productgroep_code, segment FROM b_d;

DROP TABLE IF EXISTS bench_sql_indicator;
CREATE TABLE bench_sql_indicator (PRIMARY KEY (jaar, gemeente_id, aanbieder_id, productgroep_code, segment)) ENGINE=InnoDB
SELECT s.jaar, s.gemeente_id, s.aanbieder_id, s.productgroep_code, s.segment,
       COALESCE(a.clienten, 0) AS clienten, COALESCE(a.indicaties, 0) AS indicaties,
       COALESCE(a.instroom, 0) AS instroom, COALESCE(a.uitstroom, 0) AS uitstroom,
       CAST(ROUND(a.gem_duur_dagen, 1) AS DECIMAL(10,1)) AS gem_duur_dagen,
       COALESCE(k.kosten_cent, 0) AS kosten_cent,
       CASE WHEN a.clienten > 0 THEN CAST(ROUND(COALESCE(k.kosten_cent, 0) / a.clienten) AS SIGNED) END AS kosten_per_client_cent,
       COALESCE(d.doelen_geevalueerd, 0) AS doelen_geevalueerd, COALESCE(d.doelen_behaald, 0) AS doelen_behaald,
       CASE WHEN d.doelen_geevalueerd > 0 THEN CAST(ROUND(d.doelen_behaald / d.doelen_geevalueerd, 4) AS DECIMAL(6,4)) END
           AS aandeel_doelen_behaald
FROM b_sleutel s
LEFT JOIN b_a a ON a.jaar = s.jaar AND a.gemeente_id = s.gemeente_id AND a.aanbieder_id = s.aanbieder_id
                AND a.productgroep_code = s.productgroep_code AND a.segment = s.segment
LEFT JOIN b_k k ON k.jaar = s.jaar AND k.gemeente_id = s.gemeente_id AND k.aanbieder_id = s.aanbieder_id
                AND k.productgroep_code = s.productgroep_code AND k.segment = s.segment
LEFT JOIN b_d d ON d.jaar = s.jaar AND d.gemeente_id = s.gemeente_id AND d.aanbieder_id = s.aanbieder_id
                AND d.productgroep_code = s.productgroep_code AND d.segment = s.segment;

-- The monthly series: unique clients with a declaration, volume and costs.
DROP TABLE IF EXISTS bench_sql_maand;
CREATE TABLE bench_sql_maand (PRIMARY KEY (jaar, maand, gemeente_id, productgroep_code)) ENGINE=InnoDB
SELECT CAST(d.jaar AS SIGNED) AS jaar, CAST(d.maand AS SIGNED) AS maand, d.gemeente_id, p.productgroep_code,
       COUNT(DISTINCT f.client_id) AS clienten, CAST(SUM(d.volume) AS SIGNED) AS volume,
       CAST(SUM(d.bedrag_cent) AS SIGNED) AS kosten_cent
FROM declaratie_regel d
JOIN b_feit f ON f.indicatie_id = d.indicatie_id
JOIN product p ON p.code = d.product_code
GROUP BY d.jaar, d.maand, d.gemeente_id, p.productgroep_code;

DROP TEMPORARY TABLE b_feit, b_jaren, b_a, b_k, b_d, b_sleutel;
SELECT (SELECT COUNT(*) FROM bench_sql_indicator) AS indicator_rijen, (SELECT COUNT(*) FROM bench_sql_maand) AS maand_rijen;
