package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;

public record TariefInput(String productCode, String categorie, Integer jaar, Long bedragCent, BigDecimal indexatiePct) {
}
