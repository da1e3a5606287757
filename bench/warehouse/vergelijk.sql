-- Compares indicatoren.sql's results (bench_sql_indicator, bench_sql_maand) row by row with the
-- Spark run @run (wh_indicator, wh_maand). Prints rows per side and rows that differ in any
-- column (NULL-safe), for each result set. Not timed.
SELECT 'wh_indicator' AS resultaat,
  (SELECT COUNT(*) FROM wh_indicator WHERE run_id = @run) AS spark_rijen,
  (SELECT COUNT(*) FROM bench_sql_indicator) AS sql_rijen,
  (SELECT COUNT(*) FROM wh_indicator w LEFT JOIN bench_sql_indicator b
     ON b.jaar = w.jaar AND b.gemeente_id = w.gemeente_id AND b.aanbieder_id = w.aanbieder_id
    AND b.productgroep_code = w.productgroep_code AND b.segment = w.segment
    AND b.clienten = w.clienten AND b.indicaties = w.indicaties AND b.instroom = w.instroom AND b.uitstroom = w.uitstroom
    AND b.gem_duur_dagen <=> w.gem_duur_dagen AND b.kosten_cent = w.kosten_cent
    AND b.kosten_per_client_cent <=> w.kosten_per_client_cent AND b.doelen_geevalueerd = w.doelen_geevalueerd
    AND b.doelen_behaald = w.doelen_behaald AND b.aandeel_doelen_behaald <=> w.aandeel_doelen_behaald
   WHERE w.run_id = @run AND b.jaar IS NULL) AS spark_zonder_gelijke_sql_rij
UNION ALL
SELECT 'wh_maand',
  (SELECT COUNT(*) FROM wh_maand WHERE run_id = @run),
  (SELECT COUNT(*) FROM bench_sql_maand),
  (SELECT COUNT(*) FROM wh_maand w LEFT JOIN bench_sql_maand b
     ON b.jaar = w.jaar AND b.maand = w.maand AND b.gemeente_id = w.gemeente_id AND b.productgroep_code = w.productgroep_code
    AND b.clienten = w.clienten AND b.volume = w.volume AND b.kosten_cent = w.kosten_cent
   WHERE w.run_id = @run AND b.jaar IS NULL);
