package nl.wmoregio.web.toezicht;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.NormRegel;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;
import nl.wmoregio.toezicht.boundary.OnderzoekView;
import org.junit.jupiter.api.Test;

/** The report page is the one place that renders HTML unescaped (rapport.xhtml): every value must be escaped here. */
class RapportHtmlTest {

    static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    @Test
    void everyFreeTextOfTheReportIsEscaped() {
        OnderzoekView o = new OnderzoekView(1, "OZ-" + XSS, "CALAMITEIT", 2, "Aanbieder " + XSS, null, "GGD", "CONCEPT",
                LocalDate.of(2037, 1, 1), LocalDate.of(2037, 2, 1), 0);
        OnderzoekDetail d = new OnderzoekDetail(o, "Oss " + XSS, "Reikwijdte " + XSS, null, null, "WMO-3.1", 1, "Kader " + XSS,
                List.of(new NormRegel(1, "N1", "Thema " + XSS, "Norm " + XSS, "VOLDOET_NIET", "Onderbouwing " + XSS, "x")),
                List.of(new MaatregelView(1, 1, "OZ", 2, "A", "AANWIJZING", "Maatregel " + XSS, LocalDate.of(2037, 3, 1), "OPEN",
                        null, null, false, 0)),
                "Zienswijze " + XSS, LocalDate.of(2037, 2, 10), null, List.of("M-" + XSS), List.of(), false, List.of());
        String html = RapportHtml.document(d);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("Zienswijze &lt;script&gt;"), "the provider's zienswijze is shown, escaped");
    }
}
