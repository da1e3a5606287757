/**
 * The warehouse job (Apache Spark, Java API): extract from MariaDB with pseudonyms only, pure
 * {@code Dataset<Row> -> Dataset<Row>} transforms, load into warehouse tables. Not built yet: see
 * the warehouse issue. This module exists so the layout is final from the start.
 */
package nl.wmoregio.warehouse;
