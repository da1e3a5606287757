-- Benchmark reference data: 200 contracted providers with one raamovereenkomst each and their
-- deelovereenkomsten, in the shape of the application's InkoopDemoData (which needs the application
-- server: JPA + the contract rules). Deterministic (hash of the provider number), idempotent:
-- does nothing when providers exist. Shape: providers 1-16 hold BW (1-3 products, bw_recht_2014),
-- 17-24 hold HV (01HV, the procedure's maximum of 8); every provider holds 1-3 open-house groups
-- (BI 60%, BG 40%, KV 20%, MO 20%; BI when none drawn) with 1-2 products of each group.
-- Needs the migrations and the demo scripts (product, inkoopprocedure) applied first.
SET @leeg = (SELECT COUNT(*) = 0 FROM aanbieder);

INSERT INTO aanbieder (naam, kvk_nummer, agb_code, status, bw_recht_2014, aangemaakt_op, gewijzigd_op)
SELECT CONCAT('Benchmark aanbieder ', LPAD(s.seq, 3, '0')), CAST(90000000 + s.seq AS CHAR), CONCAT('98', LPAD(s.seq, 6, '0')),
       'ACTIEF', s.seq <= 16, NOW(3), NOW(3)
FROM seq_1_to_200 s WHERE @leeg ORDER BY s.seq;

INSERT INTO contract (aanbieder_id, nummer, van, tot, status)
SELECT a.id, CONCAT('RO-B', LPAD(a.id, 5, '0')), '2020-01-01', '2023-12-31', 'ACTIEF'
FROM aanbieder a WHERE @leeg AND a.naam LIKE 'Benchmark aanbieder %' ORDER BY a.id;

DROP TEMPORARY TABLE IF EXISTS b_groep;
CREATE TEMPORARY TABLE b_groep AS
SELECT c.id AS contract_id, CAST(SUBSTRING(a.naam, 21) AS UNSIGNED) AS n, g.groep
FROM contract c JOIN aanbieder a ON a.id = c.aanbieder_id
JOIN (SELECT 'BI' AS groep, 60 AS pct UNION ALL SELECT 'BG', 40 UNION ALL SELECT 'KV', 20 UNION ALL SELECT 'MO', 20
      UNION ALL SELECT 'BW', 100 UNION ALL SELECT 'HV', 100) g
  ON CASE g.groep WHEN 'BW' THEN CAST(SUBSTRING(a.naam, 21) AS UNSIGNED) <= 16
                  WHEN 'HV' THEN CAST(SUBSTRING(a.naam, 21) AS UNSIGNED) BETWEEN 17 AND 24
                  ELSE CRC32(CONCAT(a.naam, g.groep)) % 100 < g.pct END
WHERE @leeg AND a.naam LIKE 'Benchmark aanbieder %';
-- A provider without any open-house group gets BI.
INSERT INTO b_groep (contract_id, n, groep)
SELECT c.id, CAST(SUBSTRING(a.naam, 21) AS UNSIGNED), 'BI' FROM contract c JOIN aanbieder a ON a.id = c.aanbieder_id
WHERE @leeg AND a.naam LIKE 'Benchmark aanbieder %'
  AND NOT EXISTS (SELECT 1 FROM b_groep x WHERE x.contract_id = c.id AND x.groep IN ('BI', 'BG', 'KV', 'MO'));

-- Per group the product with the lowest hash always, the others with 40% (BW: up to 3, HV: 01HV).
INSERT INTO deelovereenkomst (contract_id, procedure_id, product_code, van, tot, status)
SELECT k.contract_id, ip.id, k.code, '2020-01-01', '2023-12-31', 'ACTIEF' FROM (
  SELECT b.contract_id, b.groep, p.code, CRC32(CONCAT(b.n, p.code)) AS h,
         ROW_NUMBER() OVER (PARTITION BY b.contract_id, b.groep ORDER BY CRC32(CONCAT(b.n, p.code)), p.code) AS rn
  FROM b_groep b JOIN product p ON p.productgroep_code = b.groep
) k JOIN inkoopprocedure ip ON ip.productgroep_code = k.groep
WHERE k.rn = 1 OR (k.rn <= 3 AND k.h % 100 < 40)
ORDER BY k.contract_id, k.code;
DROP TEMPORARY TABLE b_groep;
SELECT (SELECT COUNT(*) FROM aanbieder) aanbieders, (SELECT COUNT(*) FROM contract) contracten,
       (SELECT COUNT(*) FROM deelovereenkomst) deelovereenkomsten;
