-- The best MariaDB SQL for the warehouse's main indicators (wh_indicator grain), for the
-- benchmark ratio Spark vs. MariaDB. Same definitions as Transforms.indicatoren; peildatum = today.
SET @peil = CURDATE();
DROP TEMPORARY TABLE IF EXISTS b_jaren;
CREATE TEMPORARY TABLE b_jaren (jaar INT PRIMARY KEY);
INSERT INTO b_jaren SELECT DISTINCT YEAR(van) FROM indicatie;
DROP TEMPORARY TABLE IF EXISTS b_opgevolgd;
CREATE TEMPORARY TABLE b_opgevolgd (id BIGINT PRIMARY KEY) SELECT DISTINCT vorige_id AS id FROM indicatie WHERE vorige_id IS NOT NULL;
DROP TEMPORARY TABLE IF EXISTS b_ind;
CREATE TEMPORARY TABLE b_ind AS
SELECT y.jaar, i.gemeente_id, i.aanbieder_id, p.productgroep_code, c.segment,
       COUNT(DISTINCT i.client_id) clienten, COUNT(*) indicaties,
       SUM(i.vorige_id IS NULL AND YEAR(i.van) = y.jaar) instroom,
       SUM(i.tot <= @peil AND YEAR(i.tot) = y.jaar AND o.id IS NULL) uitstroom,
       AVG(CASE WHEN i.tot <= @peil AND YEAR(i.tot) = y.jaar AND o.id IS NULL THEN DATEDIFF(i.tot, i.van) + 1 END) gem_duur
FROM b_jaren y
JOIN indicatie i ON i.van <= @peil AND YEAR(i.van) <= y.jaar AND y.jaar <= YEAR(LEAST(COALESCE(i.tot, @peil), @peil))
JOIN client c ON c.id = i.client_id JOIN product p ON p.code = i.product_code
LEFT JOIN b_opgevolgd o ON o.id = i.id
GROUP BY 1, 2, 3, 4, 5;
DROP TEMPORARY TABLE IF EXISTS b_kosten;
CREATE TEMPORARY TABLE b_kosten AS
SELECT d.jaar, d.gemeente_id, d.aanbieder_id, p.productgroep_code, c.segment, SUM(d.bedrag_cent) kosten
FROM declaratie_regel d JOIN indicatie i ON i.id = d.indicatie_id JOIN client c ON c.id = i.client_id
JOIN product p ON p.code = d.product_code GROUP BY 1, 2, 3, 4, 5;
SELECT COUNT(*), SUM(k.kosten) FROM b_ind b LEFT JOIN b_kosten k USING (jaar, gemeente_id, aanbieder_id, productgroep_code, segment);
SELECT jaar, maand, gemeente_id, p.productgroep_code, COUNT(DISTINCT i.client_id), SUM(d.volume), SUM(d.bedrag_cent)
FROM declaratie_regel d JOIN indicatie i ON i.id = d.indicatie_id JOIN product p ON p.code = d.product_code
GROUP BY 1, 2, 3, 4;
