/**
 * The warehouse job (Apache Spark, Java API): {@link nl.wmoregio.warehouse.Main} parses the
 * configuration once and runs extract (partitioned JDBC reads of pseudonymous columns only, to
 * Parquet by year), transform (pure {@code Dataset<Row> -> Dataset<Row>} functions in
 * {@link nl.wmoregio.warehouse.Transforms}), scenarios ({@link nl.wmoregio.warehouse.Scenarios},
 * plain Java on aggregated series) and load (append rows tagged with the run id into the Flyway
 * tables, then switch the active run in one transaction). See docs/warehouse.md.
 */
package nl.wmoregio.warehouse;
