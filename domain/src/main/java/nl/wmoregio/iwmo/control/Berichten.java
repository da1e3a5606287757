package nl.wmoregio.iwmo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the fields the import needs from a schema-valid WMO305, WMO307 or WMO323 document. The
 * XSD has already guaranteed presence, order and formats, so reading is by element name only
 * (children of basisschema types live in the basisschema namespace, the rest in the message's).
 */
public final class Berichten {

    private Berichten() {
    }

    public record Header(String berichtcode, String afzender, String ontvanger, String identificatie, LocalDate dagtekening,
                         String basisschemaXsdVersie, String berichtXsdVersie) {
    }

    /** WMO323. */
    public record Declaratie(Header header, String nummer, LocalDate van, LocalDate tot, long totaalBedrag, boolean totaalCredit,
                             List<Declaratiecontrole.Prestatie> prestaties) {
    }

    /** One StartProduct (WMO305) or StopProduct (WMO307); einddatum and reden only for a stop. */
    public record ZorgMelding(String bsn, Long toewijzingNummer, LocalDate begindatum, LocalDate einddatum, String redenBeeindiging,
                              String statusAanlevering) {
    }

    public record StartStop(Header header, List<ZorgMelding> meldingen) {
    }

    public static Header header(Element bericht) {
        Element h = kind(bericht, "Header");
        Element id = kind(h, "BerichtIdentificatie");
        Element xsd = kind(h, "XsdVersie");
        return new Header(tekst(h, "BerichtCode"), tekst(h, "Afzender"), tekst(h, "Ontvanger"), tekst(id, "Identificatie"),
                LocalDate.parse(tekst(id, "Dagtekening")), tekst(xsd, "BasisschemaXsdVersie"), tekst(xsd, "BerichtXsdVersie"));
    }

    public static Declaratie declaratie(Element bericht) {
        Element d = kind(bericht, "Declaratie");
        Element periode = kind(d, "DeclaratiePeriode");
        Element totaal = kind(d, "TotaalIngediendBedrag");
        List<Declaratiecontrole.Prestatie> prestaties = new ArrayList<>();
        for (Element client : kinderen(kind(d, "Clienten"), "Client")) {
            String bsn = tekst(client, "Bsn");
            for (Element p : kinderen(kind(client, "Prestaties"), "Prestatie")) {
                Element pp = kind(p, "ProductPeriode");
                Element bedrag = kind(p, "IngediendBedrag");
                String tarief = tekstOfNull(p, "ProductTarief");
                prestaties.add(new Declaratiecontrole.Prestatie(bsn, tekst(kind(p, "ProductReferentie"), "ReferentieNummer"),
                        Long.parseLong(tekst(p, "ToewijzingNummer")), tekst(p, "ProductCategorie"), tekst(p, "ProductCode"),
                        LocalDate.parse(tekst(pp, "Begindatum")), LocalDate.parse(tekst(pp, "Einddatum")),
                        Long.parseLong(tekst(p, "GeleverdVolume")), tekst(p, "Eenheid"),
                        tarief == null ? null : Long.valueOf(tarief), Long.parseLong(tekst(bedrag, "Bedrag")),
                        "C".equals(tekst(bedrag, "DebetCredit")), tekstOfNull(kind(p, "ProductReferentie"), "VorigReferentieNummer")));
            }
        }
        return new Declaratie(header(bericht), tekst(d, "DeclaratieNummer"), LocalDate.parse(tekst(periode, "Begindatum")),
                LocalDate.parse(tekst(periode, "Einddatum")), Long.parseLong(tekst(totaal, "TotaalBedrag")),
                "C".equals(tekst(totaal, "DebetCredit")), prestaties);
    }

    /** WMO305 (StartProducten/StartProduct) or WMO307 (StopProducten/StopProduct). */
    public static StartStop startStop(Element bericht, boolean stop) {
        Element client = kind(bericht, "Client");
        String bsn = tekst(client, "Bsn");
        List<ZorgMelding> meldingen = new ArrayList<>();
        for (Element p : kinderen(kind(client, stop ? "StopProducten" : "StartProducten"), stop ? "StopProduct" : "StartProduct")) {
            String nummer = tekstOfNull(p, "ToewijzingNummer");
            String eind = stop ? tekst(p, "Einddatum") : null;
            meldingen.add(new ZorgMelding(bsn, nummer == null ? null : Long.valueOf(nummer), LocalDate.parse(tekst(p, "Begindatum")),
                    eind == null ? null : LocalDate.parse(eind), stop ? tekst(p, "RedenBeeindiging") : null,
                    tekst(p, "StatusAanlevering")));
        }
        return new StartStop(header(bericht), meldingen);
    }

    /** For the boundary (WMO302 intake): the same readers, public. */
    public static Element kindVan(Element parent, String naam) {
        return kind(parent, naam);
    }

    public static Element kindOfNull(Element parent, String naam) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    public static List<Element> kinderenVan(Element parent, String naam) {
        return kinderen(parent, naam);
    }

    public static String tekstVan(Element parent, String naam) {
        return tekst(parent, naam);
    }

    public static String tekstOfNullVan(Element parent, String naam) {
        return tekstOfNull(parent, naam);
    }

    static Element kind(Element parent, String naam) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalArgumentException("Element " + naam + " ontbreekt in " + parent.getLocalName());
    }

    static List<Element> kinderen(Element parent, String naam) {
        List<Element> lijst = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                lijst.add(e);
            }
        }
        return lijst;
    }

    static String tekst(Element parent, String naam) {
        return kind(parent, naam).getTextContent().strip();
    }

    static String tekstOfNull(Element parent, String naam) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
