package nl.wmoregio.iwmo.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.toegang.boundary.ToewijzingLookup;
import nl.wmoregio.toegang.boundary.ToewijzingLookup.Toewijzing;

/**
 * Writes one WMO301 (toewijzing) message for one client and validates it against WMO301.xsd
 * before returning it: a message that would not validate is never handed out. Name, BRP address
 * (postcode + huisnummer) and phone come from the client's encrypted contact data (TR006/CD034);
 * a client without them gets no WMO301. The birth date is 1 January of the birth year with
 * DatumGebruik 2 (dag en maand onbekend), Geslacht 0 (onbekend).
 */
public final class Wmo301Schrijver {

    static final String NS = Berichttype.WMO301.namespace();
    static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    private Wmo301Schrijver() {
    }

    public static byte[] schrijf(String identificatie, LocalDate dagtekening, String bsn, ToewijzingLookup.Contact contact,
                                 List<Toewijzing> toewijzingen) throws IwmoXml.XmlFout {
        if (contact == null || !contact.bruikbaar()) {
            throw new IwmoXml.XmlFout(0, 0, "Bericht/Client/Contactgegevens",
                    "TR006/CD034: een WMO301 vraagt de naam en een adres (postcode + huisnummer) of telefoonnummer van de client");
        }
        Toewijzing eerste = toewijzingen.get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("wmo301", NS);
            w.setPrefix("iwmo", BASIS);
            w.writeStartElement(NS, "Bericht");
            w.writeNamespace("wmo301", NS);
            w.writeNamespace("iwmo", BASIS);
            w.writeStartElement(NS, "Header");
            el(w, NS, "BerichtCode", Berichttype.WMO301.code());
            el(w, NS, "BerichtVersie", "3");
            el(w, NS, "BerichtSubversie", "2");
            el(w, NS, "Afzender", eerste.gemeenteCode());
            el(w, NS, "Ontvanger", eerste.aanbiederAgb());
            w.writeStartElement(NS, "BerichtIdentificatie");
            el(w, BASIS, "Identificatie", identificatie);
            el(w, BASIS, "Dagtekening", dagtekening.toString());
            w.writeEndElement();
            w.writeStartElement(NS, "XsdVersie");
            el(w, BASIS, "BasisschemaXsdVersie", "1.0.0");
            el(w, BASIS, "BerichtXsdVersie", "1.0.0");
            w.writeEndElement();
            w.writeEndElement(); // Header

            w.writeStartElement(NS, "Client");
            el(w, NS, "Bsn", bsn);
            w.writeStartElement(NS, "Geboortedatum");
            el(w, BASIS, "Datum", LocalDate.of(eerste.geboortejaar(), 1, 1).toString());
            el(w, BASIS, "DatumGebruik", "2");
            w.writeEndElement();
            el(w, NS, "Geslacht", "0");
            w.writeStartElement(NS, "Naam");
            w.writeStartElement(BASIS, "Geslachtsnaam");
            el(w, BASIS, "Achternaam", contact.achternaam().strip());
            w.writeEndElement();
            if (contact.voorletters() != null && !contact.voorletters().isBlank()) {
                el(w, BASIS, "Voorletters", contact.voorletters().strip());
            }
            el(w, BASIS, "NaamGebruik", "1");
            w.writeEndElement();
            // TR006/CD034: the BRP address (Soort 01) with postcode and house number, and/or a phone number.
            w.writeStartElement(NS, "Contactgegevens");
            w.writeStartElement(NS, "Contact");
            el(w, NS, "Soort", "01");
            if (contact.postcode() != null && contact.huisnummer() != null) {
                w.writeStartElement(NS, "Adres");
                w.writeStartElement(BASIS, "Huis");
                el(w, BASIS, "Huisnummer", Integer.toString(contact.huisnummer()));
                w.writeEndElement();
                el(w, BASIS, "Postcode", contact.postcode().replace(" ", "").toUpperCase());
                w.writeEndElement();
            }
            if (contact.telefoon() != null && !contact.telefoon().isBlank()) {
                w.writeStartElement(NS, "Telefoon");
                w.writeStartElement(BASIS, "Telefoon01");
                el(w, BASIS, "Telefoonnummer", contact.telefoon().replaceAll("\\D", ""));
                el(w, BASIS, "Landnummer", "0031");
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement(NS, "ToegewezenProducten");
            for (Toewijzing t : toewijzingen) {
                product(w, t);
            }
            w.writeEndElement();
            w.writeEndElement(); // Client
            w.writeEndElement(); // Bericht
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("WMO301 kon niet worden geschreven", e);
        }
        byte[] xml = out.toByteArray();
        IwmoXml.valideer(Berichttype.WMO301, xml);
        return xml;
    }

    private static void product(XMLStreamWriter w, Toewijzing t) throws XMLStreamException {
        w.writeStartElement(NS, "ToegewezenProduct");
        el(w, NS, "ToewijzingNummer", Long.toString(t.nummer()));
        w.writeStartElement(NS, "Product");
        el(w, BASIS, "Categorie", t.categorie());
        if (t.productCode() != null) {
            el(w, BASIS, "Code", t.productCode());
        }
        w.writeEndElement();
        LocalDateTime vastgesteld = t.aangemaaktOp() == null ? t.van().atStartOfDay()
                : t.aangemaaktOp().atOffset(ZoneOffset.UTC).atZoneSameInstant(Tijd.NEDERLAND).toLocalDateTime();
        el(w, NS, "Toewijzingsdatum", vastgesteld.toLocalDate().toString());
        el(w, NS, "Toewijzingstijd", vastgesteld.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        el(w, NS, "Ingangsdatum", t.van().toString());
        if (t.tot() != null) {
            el(w, NS, "Einddatum", t.tot().toString());
        }
        if (t.redenWijziging() != null && !t.redenWijziging().isBlank()) {
            el(w, NS, "RedenWijziging", t.redenWijziging());
        }
        if (t.volume() != null && t.eenheid() != null && t.frequentie() != null) {
            w.writeStartElement(NS, "Omvang");
            el(w, BASIS, "Volume", Integer.toString(t.volume()));
            el(w, BASIS, "Eenheid", t.eenheid());
            el(w, BASIS, "Frequentie", t.frequentie());
            w.writeEndElement();
        }
        if (t.budgetCent() != null) {
            el(w, NS, "Budget", Long.toString(t.budgetCent()));
        }
        w.writeEndElement();
    }

    private static void el(XMLStreamWriter w, String ns, String naam, String waarde) throws XMLStreamException {
        w.writeStartElement(ns, naam);
        w.writeCharacters(waarde);
        w.writeEndElement();
    }

    static String tekst(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /**
     * TR302: one message may not hold the same product (categorie + code) twice with overlapping
     * periods. Splits a client's toewijzingen into as few groups as needed (first fit, by number):
     * each group becomes its own WMO301.
     */
    public static List<List<Toewijzing>> zonderStapeling(List<Toewijzing> toewijzingen) {
        List<List<Toewijzing>> groepen = new java.util.ArrayList<>();
        for (Toewijzing t : toewijzingen) {
            List<Toewijzing> plek = null;
            for (List<Toewijzing> g : groepen) {
                if (g.stream().noneMatch(x -> overlapt(x, t))) {
                    plek = g;
                    break;
                }
            }
            if (plek == null) {
                plek = new java.util.ArrayList<>();
                groepen.add(plek);
            }
            plek.add(t);
        }
        return groepen;
    }

    static boolean overlapt(Toewijzing a, Toewijzing b) {
        boolean zelfdeProduct = java.util.Objects.equals(a.categorie(), b.categorie())
                && java.util.Objects.equals(a.productCode(), b.productCode());
        LocalDate eindA = a.tot() == null ? LocalDate.MAX : a.tot();
        LocalDate eindB = b.tot() == null ? LocalDate.MAX : b.tot();
        return zelfdeProduct && !a.van().isAfter(eindB) && !b.van().isAfter(eindA);
    }
}
