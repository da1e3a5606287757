package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;

public record TariefView(long id, String productCode, String productNaam, String categorie, int jaar, long bedragCent,
                         BigDecimal indexatiePct, long version) {
}
