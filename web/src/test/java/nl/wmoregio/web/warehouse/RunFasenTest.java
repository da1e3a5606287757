package nl.wmoregio.web.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.wmoregio.sturing.boundary.RunView;
import org.junit.jupiter.api.Test;

class RunFasenTest {

    private static RunView run(String status, String fase) {
        return new RunView(1, status, fase, "controller", null, null, null, null, null, 10L, 20L, 30L, false, null);
    }

    private static List<String> statussen(RunView r) {
        return ScenariosBean.fasen(r).stream().map(ScenariosBean.Fase::status).toList();
    }

    @Test
    void progressPerPhaseFollowsTheJobsPhase() {
        assertEquals(List.of("wacht", "wacht", "wacht", "wacht"), statussen(run("AANGEVRAAGD", null)));
        assertEquals(List.of("klaar", "bezig", "wacht", "wacht"), statussen(run("BEZIG", "TRANSFORM")));
        assertEquals(List.of("klaar", "klaar", "klaar", "bezig"), statussen(run("BEZIG", "LOAD")));
        assertEquals(List.of("klaar", "klaar", "mislukt", "overgeslagen"), statussen(run("MISLUKT", "SCENARIO")));
        assertEquals(List.of("klaar", "klaar", "klaar", "klaar"), statussen(run("KLAAR", null)));
        assertEquals(List.of(), statussen(null));
    }

    @Test
    void durationsOnlyForFinishedPhases() {
        List<ScenariosBean.Fase> klaar = ScenariosBean.fasen(run("KLAAR", null));
        assertEquals(10L, klaar.get(0).duurMs());
        assertEquals(20L, klaar.get(1).duurMs());
        assertEquals(null, klaar.get(2).duurMs(), "the scenario phase is timed within transform");
        assertEquals(30L, klaar.get(3).duurMs());
        assertEquals(null, ScenariosBean.fasen(run("BEZIG", "EXTRACT")).get(0).duurMs());
    }
}
