package nl.wmoregio.toezicht.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toezicht.boundary.MaatregelType;
import org.junit.jupiter.api.Test;

class NalevingsladderTest {

    @Test
    void lightMeasuresNeedNothingBeforeThem() {
        assertNull(Nalevingsladder.controleer(MaatregelType.ADVIES, List.of(), null));
        assertNull(Nalevingsladder.controleer(MaatregelType.VERBETERPLAN, List.of(), null));
    }

    @Test
    void aHeavierMeasureNeedsTheStepBeforeIt() {
        assertNull(Nalevingsladder.controleer(MaatregelType.HERHAALONDERZOEK, List.of(MaatregelType.VERBETERPLAN), null));
        assertNull(Nalevingsladder.controleer(MaatregelType.AANWIJZING, List.of(MaatregelType.ADVIES, MaatregelType.FORMELE_WAARSCHUWING), null));
        assertNull(Nalevingsladder.controleer(MaatregelType.BEEINDIGING_CONTRACT, List.of(MaatregelType.OPSCHORTING_CONTRACT), null));
        assertNull(Nalevingsladder.controleer(MaatregelType.BEEINDIGING_CONTRACT, List.of(MaatregelType.LAST_ONDER_DWANGSOM), null));
        DomainException e = assertThrows(DomainException.class,
                () -> Nalevingsladder.controleer(MaatregelType.OPSCHORTING_CONTRACT, List.of(MaatregelType.FORMELE_WAARSCHUWING), null));
        assertEquals("NALEVINGSLADDER", e.code());
        assertEquals("redenOverslaan", e.field());
        assertThrows(DomainException.class, () -> Nalevingsladder.controleer(MaatregelType.HERHAALONDERZOEK, List.of(), "kort"));
    }

    @Test
    void aRecordedReasonSkipsSteps() {
        assertEquals("Acuut gevaar na een calamiteit", Nalevingsladder.controleer(MaatregelType.BEEINDIGING_CONTRACT, List.of(),
                "  Acuut gevaar na een calamiteit "));
        assertNull(Nalevingsladder.controleer(MaatregelType.AANWIJZING, List.of(MaatregelType.AANWIJZING), "niet nodig hier"),
                "a reason is only recorded when a step is skipped");
    }
}
