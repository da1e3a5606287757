package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.util.List;

/** A raamovereenkomst with its deelovereenkomsten and the gemeenten each one serves. */
public record ContractDetail(ContractView contract, List<DeelView> deelovereenkomsten) {

    public record DeelView(long id, String productCode, String productNaam, String productgroep, long procedureId,
                           LocalDate van, LocalDate tot, int verlengingen, String status, String eindeReden,
                           List<String> gemeenten) {
    }
}
