package nl.wmoregio.web.platform.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nl.wmoregio.shared.Rollen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The menu's one definition: pages exist, labels in both languages, access read from the real web.xml. */
class MenustructuurTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static Paginarechten rechten;

    @BeforeAll
    static void lees() throws Exception {
        try (InputStream in = Files.newInputStream(WEBAPP.resolve("WEB-INF/web.xml"))) {
            rechten = Paginarechten.lees(in);
        }
    }

    @Test
    void everyMenuPageAndDetailPageExistsAndIsListedOnce() {
        Set<String> gezien = new HashSet<>();
        List<String> fouten = new ArrayList<>();
        for (Menustructuur.Werkgebied gebied : Menustructuur.WERKGEBIEDEN) {
            for (Menustructuur.Item item : gebied.items()) {
                List<String> paginas = new ArrayList<>(item.ook());
                paginas.add(item.pagina());
                for (String pagina : paginas) {
                    if (!Files.exists(WEBAPP.resolve(pagina.substring(1)))) {
                        fouten.add(pagina + " does not exist");
                    }
                    if (!gezien.add(pagina)) {
                        fouten.add(pagina + " is in the menu twice");
                    }
                }
            }
        }
        assertTrue(fouten.isEmpty(), String.join("\n", fouten));
        assertEquals(7, Menustructuur.WERKGEBIEDEN.size(), "seven work areas");
    }

    @Test
    void everyLabelHasADutchAndAnEnglishText() {
        List<String> ontbreekt = new ArrayList<>();
        for (Menustructuur.Werkgebied gebied : Menustructuur.WERKGEBIEDEN) {
            List<String> sleutels = new ArrayList<>(List.of(gebied.tekst()));
            gebied.items().forEach(i -> sleutels.add(i.tekst()));
            for (String sleutel : sleutels) {
                for (Locale taal : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                    if (!inEenBundel(sleutel, taal)) {
                        ontbreekt.add(sleutel + " (" + taal + ")");
                    }
                }
            }
        }
        assertTrue(ontbreekt.isEmpty(), "labels without text: " + ontbreekt);
    }

    private static boolean inEenBundel(String sleutel, Locale taal) {
        for (String naam : List.of("messages", "toetredingen", "aanbieders", "kwaliteit", "ceo", "iwmo", "toegang", "toezicht",
                "warehouse", "privacy")) {
            ResourceBundle bundel = ResourceBundle.getBundle("nl.wmoregio.web.i18n." + naam, taal,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundel.containsKey(sleutel)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void accessFollowsTheSecurityConstraints() {
        assertTrue(rechten.mag("/toegang/generator.xhtml", Rollen.BEHEERDER::equals));
        assertFalse(rechten.mag("/toegang/generator.xhtml", Rollen.INKOOP::equals), "exact page constraint wins over nothing");
        assertTrue(rechten.mag("/warehouse/dashboard.xhtml", Rollen.GEMEENTE::equals));
        assertFalse(rechten.mag("/warehouse/budget.xhtml", Rollen.GEMEENTE::equals), "exact page beats the folder");
        assertFalse(rechten.mag("/kwaliteit/rondes.xhtml", Rollen.CONTROLLER::equals));
        assertTrue(rechten.mag("/kwaliteit/rondes.xhtml", Rollen.CONTRACTMANAGER::equals));
        assertFalse(rechten.mag("/inkoop/dashboard.xhtml", Rollen.GEMEENTE::equals), "page inside an open folder can be closed");
        assertTrue(rechten.mag("/inkoop/aanbieders.xhtml", Rollen.GEMEENTE::equals));
        assertTrue(rechten.mag("/login.xhtml", r -> false), "a constraint without auth-constraint is open");
    }

    @Test
    void theBeheerderSeesEveryWorkAreaButSturingAndAGemeenteSeesNoBeheer() {
        assertEquals(List.of("regio", "inkoop", "toegang", "toezicht", "kwaliteit", "beheer"), zichtbareGebieden(Rollen.BEHEERDER));
        assertEquals(List.of("regio", "inkoop", "toegang", "toezicht", "kwaliteit", "sturing"), zichtbareGebieden(Rollen.GEMEENTE));
        assertEquals(List.of("regio", "inkoop", "toegang", "toezicht"), zichtbareGebieden(Rollen.TOEZICHTHOUDER));
    }

    /** The browser test checks 1280 px with BEHEERDER's menu; that must stay the longest one. */
    @Test
    void theBeheerderHasTheLongestMenu() {
        long beheerder = zichtbareItems(Rollen.BEHEERDER);
        for (String rol : Rollen.ALLE) {
            assertTrue(zichtbareItems(rol) <= beheerder, rol + " has a longer menu than BEHEERDER: " + zichtbareItems(rol) + " > " + beheerder);
        }
    }

    private static long zichtbareItems(String rol) {
        return Menustructuur.WERKGEBIEDEN.stream().flatMap(g -> g.items().stream()).filter(i -> rechten.mag(i.pagina(), rol::equals)).count();
    }

    @Test
    void aDetailPageBelongsToItsList() {
        Menustructuur.Plaats plaats = Menustructuur.plaats("/inkoop/aanbieder.xhtml").orElseThrow();
        assertEquals("inkoop", plaats.gebied().id());
        assertEquals("/inkoop/aanbieders.xhtml", plaats.item().pagina());
        assertTrue(plaats.detail());
        assertFalse(Menustructuur.plaats("/inkoop/aanbieders.xhtml").orElseThrow().detail());
        assertTrue(Menustructuur.plaats("/index.xhtml").isEmpty());
    }

    private static List<String> zichtbareGebieden(String rol) {
        return Menustructuur.WERKGEBIEDEN.stream()
                .filter(g -> g.items().stream().anyMatch(i -> rechten.mag(i.pagina(), rol::equals)))
                .map(Menustructuur.Werkgebied::id).toList();
    }
}
