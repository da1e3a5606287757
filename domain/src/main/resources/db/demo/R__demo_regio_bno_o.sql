-- Demo data: region Brabant Noordoost-oost (BNO-O) as in the product brief. Idempotent: it only
-- inserts what is missing, so it can run again on a database that was edited since.
-- Gemeente codes are the public CBS codes; the 2022 mergers are real (Land van Cuijk, Maashorst).
-- Huishoudelijke verzorging (HV) is bought jointly by 7 gemeenten (seed 000, footnote 10): Bernheze,
-- Boekel, Boxmeer, Landerd, Sint Anthonis, Meierijstad and Oss; the others buy HV themselves.

INSERT INTO regio (code, naam, regeling_van, regeling_tot)
SELECT 'BNO-O', 'Brabant Noordoost-oost', '2020-01-01', '2023-12-31'
WHERE NOT EXISTS (SELECT 1 FROM regio WHERE code = 'BNO-O');

INSERT INTO gemeente (regio_id, cbs_code, naam, geldig_van, geldig_tot, einde_reden, aangemaakt_op, gewijzigd_op)
SELECT r.id, v.cbs, v.naam, v.van, v.tot, v.reden, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
FROM regio r
JOIN (
  SELECT 'GM1721' AS cbs, 'Bernheze' AS naam, DATE '2020-01-01' AS van, NULL AS tot, NULL AS reden
  UNION ALL SELECT 'GM0755', 'Boekel', '2020-01-01', NULL, NULL
  UNION ALL SELECT 'GM0756', 'Boxmeer', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Land van Cuijk'
  UNION ALL SELECT 'GM1684', 'Cuijk', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Land van Cuijk'
  UNION ALL SELECT 'GM0786', 'Grave', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Land van Cuijk'
  UNION ALL SELECT 'GM1685', 'Landerd', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Maashorst'
  UNION ALL SELECT 'GM0815', 'Mill en Sint Hubert', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Land van Cuijk'
  UNION ALL SELECT 'GM0828', 'Oss', '2020-01-01', NULL, NULL
  UNION ALL SELECT 'GM1702', 'Sint Anthonis', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Land van Cuijk'
  UNION ALL SELECT 'GM0856', 'Uden', '2020-01-01', '2021-12-31', 'Herindeling: opgegaan in Maashorst'
  UNION ALL SELECT 'GM1948', 'Meierijstad', '2020-01-01', NULL, NULL
  UNION ALL SELECT 'GM1982', 'Land van Cuijk', '2022-01-01', NULL, NULL
  UNION ALL SELECT 'GM1991', 'Maashorst', '2022-01-01', NULL, NULL
) v
WHERE r.code = 'BNO-O'
  AND NOT EXISTS (SELECT 1 FROM gemeente g WHERE g.cbs_code = v.cbs);

UPDATE regio r JOIN gemeente g ON g.cbs_code = 'GM0828'
SET r.centrumgemeente_id = g.id
WHERE r.code = 'BNO-O' AND r.centrumgemeente_id IS NULL;

UPDATE gemeente g JOIN gemeente opvolger ON opvolger.cbs_code = 'GM1982'
SET g.opgevolgd_door_id = opvolger.id
WHERE g.cbs_code IN ('GM0756', 'GM1684', 'GM0786', 'GM0815', 'GM1702') AND g.opgevolgd_door_id IS NULL;

UPDATE gemeente g JOIN gemeente opvolger ON opvolger.cbs_code = 'GM1991'
SET g.opgevolgd_door_id = opvolger.id
WHERE g.cbs_code IN ('GM1685', 'GM0856') AND g.opgevolgd_door_id IS NULL;

-- Participation: every gemeente of the region in every product group except HV during its existence
-- (Meierijstad takes part in HV only); HV jointly by the 7 of seed 000 footnote 10 before the 2022
-- mergers; from 2022-01-01 Land van Cuijk (for Boxmeer and Sint Anthonis) and Maashorst (for
-- Landerd) carry on their predecessors' HV participation: after 2022 Bernheze, Boekel, Oss,
-- Meierijstad, Land van Cuijk and Maashorst.
INSERT INTO deelname (gemeente_id, productgroep_code, van, tot)
SELECT g.id, p.code, g.geldig_van, g.geldig_tot
FROM gemeente g
JOIN productgroep p ON p.code <> 'HV'
WHERE g.cbs_code IN ('GM1721', 'GM0755', 'GM0756', 'GM1684', 'GM0786', 'GM1685', 'GM0815', 'GM0828',
                     'GM1702', 'GM0856', 'GM1982', 'GM1991')
  AND NOT EXISTS (SELECT 1 FROM deelname d WHERE d.gemeente_id = g.id AND d.productgroep_code = p.code);

INSERT INTO deelname (gemeente_id, productgroep_code, van, tot)
SELECT g.id, 'HV', g.geldig_van, g.geldig_tot
FROM gemeente g
WHERE g.cbs_code IN ('GM1721', 'GM0755', 'GM0756', 'GM1685', 'GM0828', 'GM1702', 'GM1948', 'GM1982', 'GM1991')
  AND NOT EXISTS (SELECT 1 FROM deelname d WHERE d.gemeente_id = g.id AND d.productgroep_code = 'HV');

-- Earlier versions of this script gave Uden HV; seed 000 does not name it.
DELETE d FROM deelname d JOIN gemeente g ON g.id = d.gemeente_id
WHERE g.cbs_code = 'GM0856' AND d.productgroep_code = 'HV';
