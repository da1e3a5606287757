package nl.wmoregio.iwmo.control;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the retour messages of iWmo 3.2 and validates each against its official XSD before it
 * is returned (a retour that would not validate is never handed out):
 * <ul>
 * <li>WMO306/WMO308 (retour start/stop zorg): the received WMO305/WMO307 copied element by
 * element into the retour namespace, the header extended with IdentificatieRetour,
 * DagtekeningRetour and XsdVersieRetour, and RetourCodes on the header, the client and every
 * StartProduct/StopProduct (0200 = no remarks).</li>
 * <li>WMO325 (declaratie-antwoord): header from the gemeente to the provider, the declaration's
 * identification and totals, the accepted amount, and only the rejected Prestaties (as the
 * standard prescribes) each with its retourcodes; 8001 when the declaration is accepted in full.</li>
 * </ul>
 */
public final class RetourSchrijver {

    static final String BASIS = Wmo301Schrijver.BASIS;

    private RetourSchrijver() {
    }

    /** Codes per element of the original message: header, client, and per line (in document order). */
    public record Codes(List<String> header, List<String> client, List<List<String>> regels) {
    }

    /** WMO306 for a WMO305, WMO308 for a WMO307. */
    public static byte[] startStop(Element heen, Berichttype heenType, String identificatieRetour, LocalDate dagtekening, Codes codes)
            throws IwmoXml.XmlFout {
        return retour(heen, heenType, identificatieRetour, dagtekening, codes);
    }

    /**
     * The retour of a message whose retour is the message itself plus RetourCodes: WMO306 for
     * WMO305, WMO308 for WMO307, WMO302 for WMO301 (what a provider sends back on our
     * toewijzing). Lines are the children of the Client's "...Producten" element.
     */
    public static byte[] retour(Element heen, Berichttype heenType, String identificatieRetour, LocalDate dagtekening, Codes codes)
            throws IwmoXml.XmlFout {
        Berichttype retour = heenType.retour();
        String ns = retour.namespace();
        String heenNs = heenType.namespace();
        String prefix = retour.name().toLowerCase();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix(prefix, ns);
            w.setPrefix("iwmo", BASIS);
            w.writeStartElement(ns, "Bericht");
            w.writeNamespace(prefix, ns);
            w.writeNamespace("iwmo", BASIS);
            int[] regel = {0};
            for (Node n = heen.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                if ("Header".equals(e.getLocalName())) {
                    w.writeStartElement(ns, "Header");
                    for (Node h = e.getFirstChild(); h != null; h = h.getNextSibling()) {
                        if (!(h instanceof Element he)) {
                            continue;
                        }
                        if ("BerichtCode".equals(he.getLocalName())) {
                            el(w, ns, "BerichtCode", retour.code());
                        } else {
                            kopie(w, he, heenNs, ns);
                        }
                    }
                    el(w, ns, "IdentificatieRetour", identificatieRetour);
                    el(w, ns, "DagtekeningRetour", dagtekening.toString());
                    xsdVersie(w, ns, "XsdVersieRetour");
                    retourCodes(w, ns, codes.header());
                    w.writeEndElement();
                } else if ("Client".equals(e.getLocalName())) {
                    w.writeStartElement(ns, "Client");
                    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (!(c instanceof Element ce)) {
                            continue;
                        }
                        if (ce.getLocalName().endsWith("Producten")) {
                            String regelNaam = ce.getLocalName().substring(0, ce.getLocalName().length() - 2);
                            w.writeStartElement(ns, ce.getLocalName());
                            for (Node r = ce.getFirstChild(); r != null; r = r.getNextSibling()) {
                                if (r instanceof Element re && regelNaam.equals(re.getLocalName())) {
                                    w.writeStartElement(ns, regelNaam);
                                    for (Node k = re.getFirstChild(); k != null; k = k.getNextSibling()) {
                                        if (k instanceof Element ke) {
                                            kopie(w, ke, heenNs, ns);
                                        }
                                    }
                                    List<String> regelCodes = regel[0] < codes.regels().size() ? codes.regels().get(regel[0]) : List.of();
                                    retourCodes(w, ns, regelCodes);
                                    regel[0]++;
                                    w.writeEndElement();
                                }
                            }
                            w.writeEndElement();
                        } else if (retour == Berichttype.WMO302) {
                            kopieMetRetourCodes(w, ce, heenNs, ns); // WMO302: Contact and Relatie carry RetourCodes too
                        } else {
                            kopie(w, ce, heenNs, ns);
                        }
                    }
                    retourCodes(w, ns, codes.client());
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(retour + " kon niet worden geschreven", e);
        }
        byte[] xml = out.toByteArray();
        IwmoXml.valideer(retour, xml);
        return xml;
    }

    /** One Prestatie with its codes (empty = accepted). */
    public record PrestatieUitkomst(Declaratiecontrole.Prestatie prestatie, List<String> codes) {
    }

    /** WMO325 for a WMO323. {@code berichtCodes} = header codes (TR056, TR135); {@code declaratieCodes} = TR333, TR358, CS340. */
    public static byte[] wmo325(Berichten.Declaratie d, String identificatie, LocalDate dagtekening, List<String> berichtCodes,
                                List<String> declaratieCodes, List<PrestatieUitkomst> prestaties, long toegekendCent)
            throws IwmoXml.XmlFout {
        String ns = Berichttype.WMO325.namespace();
        Berichten.Header h = d.header();
        boolean geheelAfgekeurd = !berichtCodes.isEmpty() || !declaratieCodes.isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("wmo325", ns);
            w.setPrefix("iwmo", BASIS);
            w.writeStartElement(ns, "Bericht");
            w.writeNamespace("wmo325", ns);
            w.writeNamespace("iwmo", BASIS);
            w.writeStartElement(ns, "Header");
            el(w, ns, "BerichtCode", Berichttype.WMO325.code());
            el(w, ns, "BerichtVersie", "3");
            el(w, ns, "BerichtSubversie", "2");
            el(w, ns, "Afzender", h.ontvanger());
            el(w, ns, "Ontvanger", h.afzender());
            w.writeStartElement(ns, "BerichtIdentificatie");
            el(w, BASIS, "Identificatie", identificatie);
            el(w, BASIS, "Dagtekening", dagtekening.toString());
            w.writeEndElement();
            xsdVersie(w, ns, "XsdVersie");
            w.writeStartElement(ns, "DeclaratieIdentificatie");
            el(w, BASIS, "Identificatie", h.identificatie());
            el(w, BASIS, "Dagtekening", h.dagtekening().toString());
            w.writeEndElement();
            w.writeStartElement(ns, "XsdVersieDeclaratie");
            el(w, BASIS, "BasisschemaXsdVersie", h.basisschemaXsdVersie());
            el(w, BASIS, "BerichtXsdVersie", h.berichtXsdVersie());
            w.writeEndElement();
            retourCodes(w, ns, berichtCodes);
            w.writeEndElement(); // Header

            w.writeStartElement(ns, "DeclaratieAntwoord");
            el(w, ns, "DeclaratieNummer", d.nummer());
            totaal(w, ns, "TotaalIngediendBedrag", d.totaalBedrag(), d.totaalCredit());
            totaal(w, ns, "TotaalToegekendBedrag", Math.abs(toegekendCent), toegekendCent < 0);
            Map<String, List<PrestatieUitkomst>> afgewezen = new LinkedHashMap<>();
            if (!geheelAfgekeurd) {
                for (PrestatieUitkomst p : prestaties) {
                    if (!p.codes().isEmpty()) {
                        afgewezen.computeIfAbsent(p.prestatie().bsn(), k -> new ArrayList<>()).add(p);
                    }
                }
            }
            if (!afgewezen.isEmpty()) {
                w.writeStartElement(ns, "Clienten");
                for (Map.Entry<String, List<PrestatieUitkomst>> c : afgewezen.entrySet()) {
                    w.writeStartElement(ns, "Client");
                    el(w, ns, "Bsn", c.getKey());
                    w.writeStartElement(ns, "Prestaties");
                    for (PrestatieUitkomst u : c.getValue()) {
                        prestatie(w, ns, u);
                    }
                    w.writeEndElement();
                    retourCodes(w, ns, List.of());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            List<String> antwoord = !declaratieCodes.isEmpty() ? declaratieCodes
                    : !berichtCodes.isEmpty() ? List.of(Regel.NIET_BEOORDEELD.code())
                    : afgewezen.isEmpty() ? List.of(Regel.VOLLEDIG_TOEGEWEZEN) : List.of();
            retourCodes(w, ns, antwoord);
            w.writeEndElement(); // DeclaratieAntwoord
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("WMO325 kon niet worden geschreven", e);
        }
        byte[] xml = out.toByteArray();
        IwmoXml.valideer(Berichttype.WMO325, xml);
        return xml;
    }

    private static void prestatie(XMLStreamWriter w, String ns, PrestatieUitkomst u) throws XMLStreamException {
        Declaratiecontrole.Prestatie p = u.prestatie();
        w.writeStartElement(ns, "Prestatie");
        w.writeStartElement(ns, "ProductReferentie");
        el(w, BASIS, "ReferentieNummer", p.referentie());
        if (p.vorigeReferentie() != null) {
            el(w, BASIS, "VorigReferentieNummer", p.vorigeReferentie());
        }
        w.writeEndElement();
        el(w, ns, "ToewijzingNummer", Long.toString(p.toewijzingNummer()));
        el(w, ns, "ProductCategorie", p.categorie());
        el(w, ns, "ProductCode", p.productCode());
        w.writeStartElement(ns, "ProductPeriode");
        el(w, BASIS, "Begindatum", p.begin().toString());
        el(w, BASIS, "Einddatum", p.eind().toString());
        w.writeEndElement();
        el(w, ns, "GeleverdVolume", Long.toString(p.volume()));
        el(w, ns, "Eenheid", p.eenheid());
        if (p.tarief() != null) {
            el(w, ns, "ProductTarief", Long.toString(p.tarief()));
        }
        w.writeStartElement(ns, "IngediendBedrag");
        el(w, BASIS, "Bedrag", Long.toString(p.bedrag()));
        el(w, BASIS, "DebetCredit", p.credit() ? "C" : "D");
        w.writeEndElement();
        retourCodes(w, ns, u.codes());
        w.writeEndElement();
    }

    private static void totaal(XMLStreamWriter w, String ns, String naam, long bedrag, boolean credit) throws XMLStreamException {
        w.writeStartElement(ns, naam);
        el(w, BASIS, "TotaalBedrag", Long.toString(bedrag));
        el(w, BASIS, "DebetCredit", credit ? "C" : "D");
        w.writeEndElement();
    }

    /** The codes, distinct, at most the XSD's count; none = 0200 (no remarks). */
    static void retourCodes(XMLStreamWriter w, String ns, List<String> codes) throws XMLStreamException {
        Set<String> uniek = new LinkedHashSet<>(codes);
        if (uniek.isEmpty()) {
            uniek.add(Regel.GEEN_OPMERKING);
        }
        w.writeStartElement(ns, "RetourCodes");
        for (String c : uniek) {
            el(w, ns, "RetourCode", c);
        }
        w.writeEndElement();
    }

    static void xsdVersie(XMLStreamWriter w, String ns, String naam) throws XMLStreamException {
        w.writeStartElement(ns, naam);
        el(w, BASIS, "BasisschemaXsdVersie", "1.0.0");
        el(w, BASIS, "BerichtXsdVersie", "1.0.0");
        w.writeEndElement();
    }

    /** Copies an element: the message's own namespace becomes the retour's, the basisschema's stays. */
    static void kopie(XMLStreamWriter w, Element e, String heenNs, String ns) throws XMLStreamException {
        String eigen = heenNs.equals(e.getNamespaceURI()) ? ns : e.getNamespaceURI();
        w.writeStartElement(eigen, e.getLocalName());
        boolean kinderen = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element k) {
                kinderen = true;
                kopie(w, k, heenNs, ns);
            }
        }
        if (!kinderen) {
            w.writeCharacters(e.getTextContent().strip());
        }
        w.writeEndElement();
    }

    /** As {@link #kopie}, with RetourCodes 0200 at the end of every Contact and Relatie (the WMO302 classes). */
    static void kopieMetRetourCodes(XMLStreamWriter w, Element e, String heenNs, String ns) throws XMLStreamException {
        boolean eigenNs = heenNs.equals(e.getNamespaceURI());
        w.writeStartElement(eigenNs ? ns : e.getNamespaceURI(), e.getLocalName());
        boolean kinderen = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element k) {
                kinderen = true;
                kopieMetRetourCodes(w, k, heenNs, ns);
            }
        }
        if (!kinderen) {
            w.writeCharacters(e.getTextContent().strip());
        }
        if (eigenNs && ("Contact".equals(e.getLocalName()) || "Relatie".equals(e.getLocalName()))) {
            retourCodes(w, ns, List.of());
        }
        w.writeEndElement();
    }

    static void el(XMLStreamWriter w, String ns, String naam, String waarde) throws XMLStreamException {
        w.writeStartElement(ns, naam);
        w.writeCharacters(waarde);
        w.writeEndElement();
    }
}
