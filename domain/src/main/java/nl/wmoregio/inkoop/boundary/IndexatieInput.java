package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;

/** "Index the tariffs of year {@code jaar} into the next year by {@code indexatiePct}%", for every product or one. */
public record IndexatieInput(Integer jaar, BigDecimal indexatiePct, String productCode) {
}
