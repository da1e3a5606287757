package nl.wmoregio.web.platform.menu;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Which roles may open a page, read from the security constraints in web.xml (the one place that
 * decides it), with the servlet rule: exact match, else the longest path prefix, else the
 * extension. The menu and the start page show a link only when this says the user may open it,
 * so a menu can never offer a page the container would refuse.
 */
public final class Paginarechten {

    record Constraint(String pattern, Set<String> roles, boolean open) {
    }

    private final List<Constraint> constraints;

    private Paginarechten(List<Constraint> constraints) {
        this.constraints = List.copyOf(constraints);
    }

    public static Paginarechten lees(InputStream webXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xml = factory.newDocumentBuilder().parse(webXml);
            List<Constraint> constraints = new ArrayList<>();
            NodeList list = xml.getElementsByTagNameNS("*", "security-constraint");
            for (int i = 0; i < list.getLength(); i++) {
                Element constraint = (Element) list.item(i);
                Set<String> roles = new LinkedHashSet<>();
                NodeList roleNames = constraint.getElementsByTagNameNS("*", "role-name");
                for (int r = 0; r < roleNames.getLength(); r++) {
                    roles.add(roleNames.item(r).getTextContent().trim());
                }
                boolean open = constraint.getElementsByTagNameNS("*", "auth-constraint").getLength() == 0;
                NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
                for (int p = 0; p < patterns.getLength(); p++) {
                    constraints.add(new Constraint(patterns.item(p).getTextContent().trim(), roles, open));
                }
            }
            return new Paginarechten(constraints);
        } catch (Exception e) {
            throw new IllegalStateException("web.xml cannot be read for the menu", e);
        }
    }

    /** Whether a caller with these roles may open the page (a path like "/inkoop/contracten.xhtml"). */
    public boolean mag(String pagina, Predicate<String> heeftRol) {
        String pattern = meestSpecifiek(pagina);
        if (pattern == null) {
            return true;
        }
        boolean open = false;
        Set<String> roles = new LinkedHashSet<>();
        for (Constraint c : constraints) {
            if (c.pattern().equals(pattern)) {
                open |= c.open();
                roles.addAll(c.roles());
            }
        }
        return open || roles.stream().anyMatch(heeftRol);
    }

    String meestSpecifiek(String page) {
        String best = null;
        for (Constraint c : constraints) {
            String pattern = c.pattern();
            if (pattern.equals(page)) {
                return pattern;
            }
            if (pattern.endsWith("/*") && (page + "/").startsWith(pattern.substring(0, pattern.length() - 1))
                    && (best == null || !best.endsWith("/*") || pattern.length() > best.length())) {
                best = pattern;
            }
            if (pattern.startsWith("*.") && page.endsWith(pattern.substring(1)) && best == null) {
                best = pattern;
            }
        }
        return best;
    }
}
