package nl.wmoregio.inkoop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.inkoop.entity.Contract.Status;
import nl.wmoregio.shared.DomainException;
import org.junit.jupiter.api.Test;

class ContractStatusRegelsTest {

    static final LocalDate VAN = LocalDate.of(2020, 1, 1);
    static final LocalDate TOT = LocalDate.of(2023, 12, 31);

    static ContractStatusRegels.Stap stap(Status s, String per) {
        return new ContractStatusRegels.Stap(s, LocalDate.parse(per));
    }

    @Test
    void statusOnADayIsTheLastStepOnOrBeforeIt() {
        List<ContractStatusRegels.Stap> h = List.of(stap(Status.OPGESCHORT, "2021-03-01"), stap(Status.ACTIEF, "2021-06-01"),
                stap(Status.BEEINDIGD, "2022-01-01"));
        assertEquals(Status.ACTIEF, ContractStatusRegels.statusOp(h, LocalDate.of(2021, 2, 28)));
        assertEquals(Status.OPGESCHORT, ContractStatusRegels.statusOp(h, LocalDate.of(2021, 3, 1)));
        assertEquals(Status.OPGESCHORT, ContractStatusRegels.statusOp(h, LocalDate.of(2021, 5, 31)));
        assertEquals(Status.ACTIEF, ContractStatusRegels.statusOp(h, LocalDate.of(2021, 6, 1)));
        assertEquals(Status.BEEINDIGD, ContractStatusRegels.statusOp(h, LocalDate.of(2023, 1, 1)));
        assertEquals(Status.ACTIEF, ContractStatusRegels.statusOp(List.of(), LocalDate.of(2023, 1, 1)));
    }

    @Test
    void suspendedRefusesNewCareButKeepsRunningCareEndedRefusesBoth() {
        ContractStatusRegels.Deel deel = new ContractStatusRegels.Deel(VAN, TOT, List.of(stap(Status.OPGESCHORT, "2022-07-01"),
                stap(Status.BEEINDIGD, "2023-01-01")));
        ContractStatusRegels.Oordeel voor = ContractStatusRegels.oordeel("BW1", List.of(deel), true, "BW", LocalDate.of(2022, 6, 30));
        assertTrue(voor.nieuweZorg());
        assertNull(voor.regel());
        ContractStatusRegels.Oordeel opgeschort = ContractStatusRegels.oordeel("BW1", List.of(deel), true, "BW", LocalDate.of(2022, 7, 1));
        assertFalse(opgeschort.nieuweZorg());
        assertTrue(opgeschort.lopendeZorg());
        assertEquals(ContractStatusRegels.OPGESCHORT, opgeschort.regel());
        ContractStatusRegels.Oordeel beeindigd = ContractStatusRegels.oordeel("BW1", List.of(deel), true, "BW", LocalDate.of(2023, 1, 1));
        assertFalse(beeindigd.nieuweZorg());
        assertFalse(beeindigd.lopendeZorg());
        assertEquals(ContractStatusRegels.BEEINDIGD, beeindigd.regel());
    }

    @Test
    void afterThePeriodIsEndedAndWithoutAnyDeelIsNotContracted() {
        ContractStatusRegels.Deel deel = new ContractStatusRegels.Deel(VAN, TOT, List.of());
        ContractStatusRegels.Oordeel na = ContractStatusRegels.oordeel("HV1", List.of(deel), true, "HV", LocalDate.of(2024, 1, 1));
        assertEquals(ContractStatusRegels.BEEINDIGD, na.regel());
        assertFalse(na.lopendeZorg());
        ContractStatusRegels.Oordeel voor = ContractStatusRegels.oordeel("HV1", List.of(deel), true, "HV", LocalDate.of(2019, 12, 31));
        assertEquals(ContractStatusRegels.GEEN_CONTRACT, voor.regel());
        assertEquals(ContractStatusRegels.GEEN_CONTRACT, ContractStatusRegels.oordeel("HV1", List.of(), true, "HV", VAN).regel());
    }

    @Test
    void aGemeenteThatDoesNotTakePartGetsNoNewCare() {
        ContractStatusRegels.Deel deel = new ContractStatusRegels.Deel(VAN, TOT, List.of());
        ContractStatusRegels.Oordeel o = ContractStatusRegels.oordeel("HV1", List.of(deel), false, "HV", LocalDate.of(2021, 1, 1));
        assertFalse(o.nieuweZorg());
        assertTrue(o.lopendeZorg());
        assertEquals(ContractStatusRegels.GEEN_DEELNAME, o.regel());
    }

    @Test
    void transitionsNeedAReasonAValidDateAndNeverLeaveEnded() {
        List<ContractStatusRegels.Stap> h = List.of(stap(Status.OPGESCHORT, "2021-03-01"));
        LocalDate per = LocalDate.of(2021, 4, 1);
        assertEquals("reden", assertThrows(DomainException.class, () -> ContractStatusRegels.overgang(Status.ACTIEF,
                Status.OPGESCHORT, per, " ", VAN, TOT, List.of())).field());
        assertEquals("STATUS_ONGEWIJZIGD", assertThrows(DomainException.class, () -> ContractStatusRegels.overgang(Status.OPGESCHORT,
                Status.OPGESCHORT, per, "x", VAN, TOT, h)).code());
        assertEquals("DEELOVEREENKOMST_BEEINDIGD", assertThrows(DomainException.class, () -> ContractStatusRegels.overgang(
                Status.BEEINDIGD, Status.ACTIEF, per, null, VAN, TOT, h)).code());
        assertEquals("PER_VOOR_VORIGE_STAP", assertThrows(DomainException.class, () -> ContractStatusRegels.overgang(
                Status.OPGESCHORT, Status.ACTIEF, LocalDate.of(2021, 2, 1), null, VAN, TOT, h)).code());
        assertEquals("PER_BUITEN_LOOPTIJD", assertThrows(DomainException.class, () -> ContractStatusRegels.overgang(
                Status.ACTIEF, Status.BEEINDIGD, LocalDate.of(2025, 1, 1), "einde", VAN, TOT, List.of())).code());
        ContractStatusRegels.overgang(Status.OPGESCHORT, Status.ACTIEF, per, null, VAN, TOT, h);
        ContractStatusRegels.overgang(Status.OPGESCHORT, Status.BEEINDIGD, per, "toezicht", VAN, TOT, h);
    }
}
