package nl.wmoregio.web.toezicht;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.wmoregio.toezicht.boundary.MaatregelView;
import nl.wmoregio.toezicht.boundary.NormRegel;
import nl.wmoregio.toezicht.boundary.OnderzoekDetail;

/** The investigation report as printable HTML (escaped), for the REST download and the report screen. */
public final class RapportHtml {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final Map<String, String> OORDEEL = Map.of("VOLDOET", "Voldoet", "VOLDOET_DEELS", "Voldoet deels", "VOLDOET_NIET", "Voldoet niet");

    private RapportHtml() {
    }

    public static String document(OnderzoekDetail d) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>Rapport " + e(d.onderzoek().nummer())
                + "</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#111}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.3rem;text-align:left;vertical-align:top}"
                + "@media print{a{display:none}}</style></head><body>" + inhoud(d) + "</body></html>";
    }

    public static String inhoud(OnderzoekDetail d) {
        StringBuilder s = new StringBuilder();
        var o = d.onderzoek();
        s.append("<h1>Rapport onderzoek ").append(e(o.nummer())).append("</h1>");
        s.append("<p class=\"rapport-status\"><strong>").append("DEFINITIEF".equals(o.status()) ? "Definitief rapport" : "Concept (nog niet definitief)")
                .append("</strong></p>");
        s.append("<dl class=\"rapport-gegevens\">");
        dd(s, "Aanbieder", o.aanbiederNaam());
        dd(s, "Type onderzoek", o.type());
        dd(s, "Toezichtorganisatie", o.organisatie());
        dd(s, "Gemeente", d.gemeenteNaam() == null ? "regio" : d.gemeenteNaam());
        dd(s, "Toetsingskader", d.kaderNaam() + " (" + d.kaderCode() + ", versie " + d.kaderVersie() + ")");
        dd(s, "Gepland", datum(o.geplandVan()) + " t/m " + datum(o.geplandTot()));
        dd(s, "Uitgevoerd", datum(d.startDatum()) + " t/m " + datum(d.eindDatum()));
        dd(s, "Meldingen", d.meldingen().isEmpty() ? "geen (proactief)" : String.join(", ", d.meldingen()));
        s.append("</dl><h2>Reikwijdte</h2><p>").append(e(d.scope())).append("</p>");
        s.append("<h2>Bevindingen per norm</h2><table><caption>Bevindingen per norm</caption><thead><tr><th scope=\"col\">Norm</th>"
                + "<th scope=\"col\">Thema</th><th scope=\"col\">Omschrijving</th><th scope=\"col\">Oordeel</th><th scope=\"col\">Onderbouwing</th></tr></thead><tbody>");
        for (NormRegel n : d.normen()) {
            s.append("<tr><td>").append(e(n.code())).append("</td><td>").append(e(n.thema())).append("</td><td>").append(e(n.omschrijving()))
                    .append("</td><td>").append(e(n.oordeel() == null ? "geen bevinding" : OORDEEL.get(n.oordeel()))).append("</td><td>")
                    .append(e(n.onderbouwing())).append("</td></tr>");
        }
        s.append("</tbody></table><h2>Maatregelen</h2>");
        if (d.maatregelen().isEmpty()) {
            s.append("<p>Geen maatregelen.</p>");
        } else {
            s.append("<table><caption>Maatregelen</caption><thead><tr><th scope=\"col\">Maatregel</th><th scope=\"col\">Omschrijving</th>"
                    + "<th scope=\"col\">Deadline</th><th scope=\"col\">Status</th></tr></thead><tbody>");
            for (MaatregelView m : d.maatregelen()) {
                s.append("<tr><td>").append(e(m.type())).append("</td><td>").append(e(m.omschrijving())).append("</td><td>")
                        .append(datum(m.deadline())).append("</td><td>").append(e(m.status())).append("</td></tr>");
            }
            s.append("</tbody></table>");
        }
        s.append("<h2>Zienswijze van de aanbieder</h2>");
        s.append(d.zienswijze() == null ? "<p>Nog niet ontvangen.</p>"
                : "<p>Ontvangen op " + datum(d.zienswijzeDatum()) + ":</p><blockquote>" + e(d.zienswijze()) + "</blockquote>");
        return s.toString();
    }

    private static void dd(StringBuilder s, String term, String waarde) {
        s.append("<dt>").append(e(term)).append("</dt><dd>").append(e(waarde)).append("</dd>");
    }

    private static String datum(java.time.LocalDate d) {
        return d == null ? "-" : d.format(DATUM);
    }

    static String e(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
