-- Issue 14: the world generator covers the last four full years up to today, so contracts and
-- tariffs must exist for every year of it. The same extension as InkoopDemoData.verlengTotHeden:
-- contracts and deelovereenkomsten up to the end of next year, tariffs indexed 2.5% a year
-- (rounded to cents, indexatie_pct 2.50) into every missing year. Idempotent.
SET @eind = MAKEDATE(YEAR(CURDATE()) + 1, 1) + INTERVAL 1 YEAR - INTERVAL 1 DAY;
UPDATE contract SET tot = @eind WHERE status = 'ACTIEF' AND tot < @eind;
UPDATE deelovereenkomst SET tot = @eind, verlengingen = verlengingen + 1 WHERE status = 'ACTIEF' AND tot < @eind;
DELIMITER //
FOR i IN 1 .. 20 DO
  INSERT INTO tarief (product_code, categorie, jaar, bedrag_cent, indexatie_pct)
  SELECT t.product_code, t.categorie, t.jaar + 1, ROUND(t.bedrag_cent * 1.025), 2.50 FROM tarief t
  WHERE t.jaar < YEAR(@eind) AND t.jaar = (SELECT MAX(x.jaar) FROM tarief x WHERE x.product_code = t.product_code
                                           AND x.categorie = t.categorie);
END FOR;
//
DELIMITER ;
