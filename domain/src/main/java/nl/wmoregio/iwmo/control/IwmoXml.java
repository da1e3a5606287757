package nl.wmoregio.iwmo.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads iWmo 3.2 messages safely and checks them against the official XSDs (copied unchanged into
 * {@code iwmo/3.2/}). The parsers refuse DTDs outright (no DOCTYPE, so no XXE and no entity
 * expansion), load nothing external and run in secure processing mode; a message larger than
 * {@link #MAX_BYTES} is refused before parsing. Every failure names the line, the column and the
 * element path, e.g. {@code Bericht/Declaratie/Clienten/Client[1]/Bsn}.
 */
public final class IwmoXml {

    /** 10 MB: a month's declaration of a large provider is well below 2 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<Berichttype, Schema> SCHEMAS = new EnumMap<>(Berichttype.class);

    private IwmoXml() {
    }

    /** A message that is not well-formed, not an iWmo message we accept, or not valid against its XSD. */
    public static final class XmlFout extends Exception {
        private final int regel;
        private final int kolom;
        private final String element;

        public XmlFout(int regel, int kolom, String element, String melding) {
            super(melding);
            this.regel = regel;
            this.kolom = kolom;
            this.element = element;
        }

        public int regel() {
            return regel;
        }

        public int kolom() {
            return kolom;
        }

        /** The element path at fault, or null when the file as a whole is wrong. */
        public String element() {
            return element;
        }

        /** "Regel 12, kolom 8, element Bericht/Header/Afzender: ..." */
        public String volledig() {
            StringBuilder s = new StringBuilder();
            if (regel > 0) {
                s.append("Regel ").append(regel).append(", kolom ").append(kolom);
            }
            if (element != null) {
                s.append(s.length() > 0 ? ", " : "").append("element ").append(element);
            }
            return s.length() == 0 ? getMessage() : s + ": " + getMessage();
        }
    }

    /** Parses and schema-validates; returns the DOM of a valid message of a type we accept. */
    public static Gelezen lees(byte[] inhoud) throws XmlFout {
        if (inhoud == null || inhoud.length == 0) {
            throw new XmlFout(0, 0, null, "Het bestand is leeg");
        }
        if (inhoud.length > MAX_BYTES) {
            throw new XmlFout(0, 0, null, "Het bestand is groter dan " + (MAX_BYTES / 1024 / 1024) + " MB");
        }
        Document document = parse(inhoud);
        String ns = document.getDocumentElement().getNamespaceURI();
        Berichttype type = Berichttype.vanNamespace(ns);
        if (type == null || !"Bericht".equals(document.getDocumentElement().getLocalName())) {
            throw new XmlFout(1, 1, document.getDocumentElement().getLocalName(),
                    "Geen iWmo 3.2-bericht dat hier wordt verwerkt (WMO302, WMO305, WMO307 of WMO323); namespace " + ns);
        }
        valideer(type, inhoud);
        return new Gelezen(type, document);
    }

    public record Gelezen(Berichttype type, Document document) {
    }

    /** Checks a message against the XSD of its type; throws the first error with its line and element. */
    public static void valideer(Berichttype type, byte[] inhoud) throws XmlFout {
        Paden paden = new Paden();
        try {
            ValidatorHandler validator = schema(type).newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(paden);
            XMLReader reader = saxFactory().newSAXParser().getXMLReader();
            paden.setParent(reader);
            paden.setContentHandler(validator);
            paden.setErrorHandler(paden);
            paden.parse(new InputSource(new ByteArrayInputStream(inhoud)));
        } catch (SAXParseException e) {
            throw fout(e, paden.pad());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new XmlFout(0, 0, paden.pad(), "Het bestand kon niet worden gelezen: " + e.getMessage());
        }
    }

    private static Document parse(byte[] inhoud) throws XmlFout {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strikt());
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new ByteArrayInputStream(inhoud));
        } catch (SAXParseException e) {
            throw fout(e, padBijFout(inhoud));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new XmlFout(0, 0, null, "Het bestand kon niet worden gelezen: " + e.getMessage());
        }
    }

    /** For a file that is not well-formed: the element path where the (same) parser stops. */
    private static String padBijFout(byte[] inhoud) {
        Paden paden = new Paden();
        try {
            XMLReader reader = saxFactory().newSAXParser().getXMLReader();
            paden.setParent(reader);
            paden.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
            paden.setErrorHandler(paden);
            paden.parse(new InputSource(new ByteArrayInputStream(inhoud)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            // expected: we want the path where it stopped
        }
        return paden.pad();
    }

    private static XmlFout fout(SAXParseException e, String pad) {
        String melding = e.getMessage() == null ? "ongeldige XML" : e.getMessage();
        if (melding.contains("DOCTYPE")) {
            melding = "Een DOCTYPE (DTD) is niet toegestaan in iWmo-berichten: " + melding;
        }
        return new XmlFout(e.getLineNumber(), e.getColumnNumber(), pad, melding);
    }

    static SAXParserFactory saxFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        return factory;
    }

    /** The compiled XSD of a message type (the basisschema resolved from the classpath, nothing from the network). */
    public static synchronized Schema schema(Berichttype type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setResourceResolver((type1, namespace, publicId, systemId, baseUri) -> {
                    if (systemId == null || !systemId.endsWith("basisschema.xsd")) {
                        return null;
                    }
                    return new KlassepadInput(publicId, systemId, baseUri, open("basisschema.xsd"));
                });
                try (InputStream xsd = open(t.xsd())) {
                    return factory.newSchema(new StreamSource(xsd, "classpath:/iwmo/3.2/" + t.xsd()));
                }
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("iWmo XSD " + t.xsd() + " kon niet worden geladen", e);
            }
        });
    }

    private static InputStream open(String naam) {
        InputStream in = IwmoXml.class.getResourceAsStream("/iwmo/3.2/" + naam);
        if (in == null) {
            throw new IllegalStateException("XSD ontbreekt op het klassepad: /iwmo/3.2/" + naam);
        }
        return in;
    }

    /** Fatal on every error: a message is either valid or refused. */
    private static final class Strikt implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not refuse a message
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Passes SAX events to the validator and keeps the element path (with positions) for messages. */
    private static final class Paden extends XMLFilterImpl {
        private final Deque<String> stapel = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> tellers = new ArrayDeque<>();

        Paden() {
            tellers.push(new java.util.HashMap<>());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            int n = tellers.peek().merge(localName, 1, Integer::sum);
            stapel.addLast(n > 1 || herhaalbaar(localName) ? localName + "[" + n + "]" : localName);
            tellers.push(new java.util.HashMap<>());
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            stapel.pollLast();
            tellers.pop();
        }

        private static boolean herhaalbaar(String naam) {
            return naam.equals("Client") || naam.equals("Prestatie") || naam.equals("StartProduct")
                    || naam.equals("StopProduct") || naam.equals("ToegewezenProduct");
        }

        String pad() {
            return stapel.isEmpty() ? null : String.join("/", stapel);
        }

        @Override
        public void warning(SAXParseException e) {
            // ignored
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static final class KlassepadInput implements LSInput {
        private String publicId;
        private String systemId;
        private String baseUri;
        private InputStream bytes;

        KlassepadInput(String publicId, String systemId, String baseUri, InputStream bytes) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.baseUri = baseUri;
            this.bytes = bytes;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return bytes; }
        @Override public void setByteStream(InputStream b) { bytes = b; }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { systemId = s; }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String p) { publicId = p; }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String b) { baseUri = b; }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String e) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean c) { }
    }
}
