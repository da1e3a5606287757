package nl.wmoregio.inkoop.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The region's contracting picture for one year. Clients are distinct clients with an
 * indicatie overlapping the year; "top-10 share" is the share of provider-client relations held
 * by the 10 providers with the most clients.
 */
public record Dashboard(int jaar, long gecontracteerd, long gecontracteerdZonderClienten, long aanbiedersMetClienten,
                        long aanbiedersMetMinderDan5, long clienten, BigDecimal aandeelTop10Procent,
                        List<AanbiederClienten> top10, List<GemeenteProductgroep> clientenPerGemeenteEnProductgroep) {

    public record AanbiederClienten(long aanbiederId, String naam, long clienten) {
    }

    public record GemeenteProductgroep(String gemeente, String productgroep, long clienten) {
    }

    public record ClientenPerProduct(String gemeente, String productCode, String productNaam, long clienten) {
    }
}
