package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A raamovereenkomst with its deelovereenkomsten and the gemeenten each one serves. */
public record ContractDetail(ContractView contract, List<DeelView> deelovereenkomsten) {

    /** {@code historie}: every status step of the deelovereenkomst, oldest first. */
    public record DeelView(long id, String productCode, String productNaam, String productgroep, long procedureId,
                           LocalDate van, LocalDate tot, int verlengingen, String status, String eindeReden,
                           List<String> gemeenten, List<StatusStap> historie) {
    }

    /** From {@code per} on the deelovereenkomst had {@code status}; who recorded it, when, why, and from where (contract management or a toezicht measure). */
    public record StatusStap(String status, LocalDate per, String reden, String bron, String door, LocalDateTime vastgelegdOp) {
    }
}
