-- Demo data: the product catalogue, 2020-2023 tariffs and the procurement procedures of BNO-O.
-- Idempotent (inserts only what is missing). Product codes and amounts are illustrative.

INSERT INTO product (code, naam, productgroep_code, iwmo_productcategorie, bekostiging, eenheid, frequentie, categorieen)
SELECT v.code, v.naam, v.groep, v.cat, v.bek, v.eenheid, v.freq, v.cats FROM (
            SELECT '01HV' AS code, 'Huishoudelijke verzorging' AS naam, 'HV' AS groep, '01' AS cat, 'INSPANNING' AS bek, '04' AS eenheid, '2' AS freq, NULL AS cats
  UNION ALL SELECT '02BIR', 'Begeleiding individueel regulier', 'BI', '02', 'OUTPUT', '82', '4', 'A,B,C'
  UNION ALL SELECT '02BIP', 'Begeleiding individueel plus (kort en intensief, na crisis)', 'BI', '02', 'OUTPUT', '82', '4', 'A,B'
  UNION ALL SELECT '07BGA', 'Begeleiding groep arbeidsmatig', 'BG', '07', 'INSPANNING', '16', '2', NULL
  UNION ALL SELECT '07BGV', 'Begeleiding groep arbeidsmatig met vervoer', 'BG', '07', 'INSPANNING', '16', '2', NULL
  UNION ALL SELECT '07BGB', 'Begeleiding groep belevingsgericht', 'BG', '07', 'INSPANNING', '16', '2', NULL
  UNION ALL SELECT '07BGW', 'Begeleiding groep belevingsgericht met vervoer', 'BG', '07', 'INSPANNING', '16', '2', NULL
  UNION ALL SELECT '04KV', 'Kortdurend verblijf', 'KV', '04', 'INSPANNING', '14', '4', NULL
  UNION ALL SELECT '15BWL', 'Beschermd wonen licht', 'BW', '15', 'OUTPUT', '82', '4', NULL
  UNION ALL SELECT '15BWM', 'Beschermd wonen midden', 'BW', '15', 'OUTPUT', '82', '4', NULL
  UNION ALL SELECT '15BWZ', 'Beschermd wonen zwaar', 'BW', '15', 'OUTPUT', '82', '4', NULL
  UNION ALL SELECT '15IB1', 'Intensieve begeleiding BW extramuraal 1', 'BW', '15', 'OUTPUT', '82', '4', NULL
  UNION ALL SELECT '16IMO', 'IB MO (maatschappelijke opvang)', 'MO', '16', 'TRAJECT', '82', '6', NULL
  UNION ALL SELECT '16I4M', 'IB4 MO (jongvolwassenen tot 27)', 'MO', '16', 'TRAJECT', '82', '6', NULL
) v WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.code = v.code);

INSERT INTO inkoopprocedure (naam, productgroep_code, type, max_aanbieders, contract_van, contract_tot)
SELECT v.naam, v.groep, v.type, v.maxa, '2020-01-01', '2023-12-31' FROM (
            SELECT 'Bestuurlijk aanbesteden begeleiding individueel 2020-2023' AS naam, 'BI' AS groep, 'OPEN_HOUSE' AS type, NULL AS maxa
  UNION ALL SELECT 'Bestuurlijk aanbesteden begeleiding groep 2020-2023', 'BG', 'OPEN_HOUSE', NULL
  UNION ALL SELECT 'Bestuurlijk aanbesteden kortdurend verblijf 2020-2023', 'KV', 'OPEN_HOUSE', NULL
  UNION ALL SELECT 'Bestuurlijk aanbesteden maatschappelijke opvang 2020-2023', 'MO', 'OPEN_HOUSE', NULL
  UNION ALL SELECT 'Beschermd wonen: gesloten (aanbieders met BW-cliënten op 31-12-2014)', 'BW', 'GESLOTEN', NULL
  UNION ALL SELECT 'Meervoudig onderhandse aanbesteding huishoudelijke verzorging 2020-2023', 'HV', 'BEPERKT', 8
) v WHERE NOT EXISTS (SELECT 1 FROM inkoopprocedure p WHERE p.naam = v.naam);

-- Open house: a toetredingsmoment every half year; the others only at the start.
INSERT INTO toetredingsmoment (procedure_id, datum)
SELECT p.id, m.datum FROM inkoopprocedure p
JOIN (SELECT DATE '2020-01-01' AS datum UNION ALL SELECT '2020-07-01' UNION ALL SELECT '2021-01-01'
      UNION ALL SELECT '2021-07-01' UNION ALL SELECT '2022-01-01' UNION ALL SELECT '2022-07-01'
      UNION ALL SELECT '2023-01-01' UNION ALL SELECT '2023-07-01') m
  ON p.type = 'OPEN_HOUSE' OR m.datum = p.contract_van
WHERE NOT EXISTS (SELECT 1 FROM toetredingsmoment t WHERE t.procedure_id = p.id AND t.datum = m.datum);

INSERT INTO procedure_eis (procedure_id, code, omschrijving, verplicht, volgorde)
SELECT p.id, e.code, e.oms, e.verplicht, e.volgorde FROM inkoopprocedure p
JOIN (
            SELECT 'KVK' AS code, 'Inschrijving in het Handelsregister (uittreksel niet ouder dan 6 maanden)' AS oms, TRUE AS verplicht, 1 AS volgorde
  UNION ALL SELECT 'VOG', 'Verklaring omtrent het gedrag voor alle medewerkers met cliëntcontact', TRUE, 2
  UNION ALL SELECT 'KWALITEIT', 'Kwaliteitssysteem dat voldoet aan Wmo 2015 art. 3.1 (veilig, doeltreffend, doelmatig, cliëntgericht)', TRUE, 3
  UNION ALL SELECT 'KLACHT', 'Klachtenregeling en aansluiting bij een onafhankelijke geschilleninstantie', TRUE, 4
  UNION ALL SELECT 'MEDEZEGGENSCHAP', 'Regeling voor medezeggenschap van cliënten (cliëntenraad)', FALSE, 5
  UNION ALL SELECT 'FINANCIEEL', 'Financiële gezondheid: jaarrekening met positief eigen vermogen', TRUE, 6
) e
WHERE NOT EXISTS (SELECT 1 FROM procedure_eis x WHERE x.procedure_id = p.id AND x.code = e.code);

-- Tariffs 2020 as the base, indexed 2.5% a year (rounded to whole cents).
INSERT INTO tarief (product_code, categorie, jaar, bedrag_cent, indexatie_pct)
SELECT b.code, b.cat, j.jaar, ROUND(b.basis * POW(1.025, j.jaar - 2020)), CASE WHEN j.jaar = 2020 THEN 0 ELSE 2.50 END
FROM (
            SELECT '01HV' AS code, '' AS cat, 3150 AS basis
  UNION ALL SELECT '02BIR', 'A', 42500 UNION ALL SELECT '02BIR', 'B', 78000 UNION ALL SELECT '02BIR', 'C', 121000
  UNION ALL SELECT '02BIP', 'A', 98000 UNION ALL SELECT '02BIP', 'B', 165000
  UNION ALL SELECT '07BGA', '', 3950 UNION ALL SELECT '07BGV', '', 4850
  UNION ALL SELECT '07BGB', '', 4450 UNION ALL SELECT '07BGW', '', 5350
  UNION ALL SELECT '04KV', '', 14200
  UNION ALL SELECT '15BWL', '', 210000 UNION ALL SELECT '15BWM', '', 298000 UNION ALL SELECT '15BWZ', '', 385000
  UNION ALL SELECT '15IB1', '', 165000
  UNION ALL SELECT '16IMO', '', 460000 UNION ALL SELECT '16I4M', '', 525000
) b
JOIN (SELECT 2020 AS jaar UNION ALL SELECT 2021 UNION ALL SELECT 2022 UNION ALL SELECT 2023) j
WHERE NOT EXISTS (SELECT 1 FROM tarief t WHERE t.product_code = b.code AND t.categorie = b.cat AND t.jaar = j.jaar);
