package nl.wmoregio.web.platform.menu;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * THE menu: every work area and its pages, in order. This is the only place a page is added to
 * the navigation; who sees an item follows from web.xml ({@link Paginarechten}), never from here.
 * An item lists its detail pages ({@code ook}) so that on, say, an aanbieder's page the menu and
 * the "U bent hier" line still show Inkoop en contracten &gt; Aanbieders.
 * <p>
 * To add a page: one {@code item("/map/pagina.xhtml", "bundelsleutel", detailpagina's...)} line in
 * the right work area, the label key in a bundle (nl + en), and a security constraint in web.xml
 * (RolMatrixSchermenIT demands that anyway). {@code MenustructuurTest} checks the page exists.
 */
public final class Menustructuur {

    public record Item(String pagina, String tekst, List<String> ook) {

        boolean toont(String viewId) {
            return pagina.equals(viewId) || ook.contains(viewId);
        }
    }

    public record Werkgebied(String id, String tekst, List<Item> items) {
    }

    public static final String START = "/index.xhtml";

    public static final List<Werkgebied> WERKGEBIEDEN = List.of(
            gebied("regio", "menu.gebied.regio",
                    item("/regio/regio.xhtml", "menu.regio"),
                    item("/regio/gemeenten.xhtml", "menu.gemeenten", "/regio/gemeente.xhtml")),
            gebied("inkoop", "menu.gebied.inkoop",
                    item("/inkoop/aanbieders.xhtml", "menu.aanbieders", "/inkoop/aanbieder.xhtml"),
                    item("/inkoop/contracten.xhtml", "menu.contracten"),
                    item("/inkoop/toetredingen.xhtml", "menu.toetredingen", "/inkoop/toetreding.xhtml"),
                    item("/inkoop/procedures.xhtml", "menu.procedures"),
                    item("/inkoop/tarieven.xhtml", "menu.tarieven", "/inkoop/tarief.xhtml"),
                    item("/inkoop/vervolgacties.xhtml", "menu.vervolgacties"),
                    item("/inkoop/dashboard.xhtml", "menu.dashboard")),
            gebied("toegang", "menu.gebied.toegang",
                    item("/toegang/clienten.xhtml", "menu.clienten", "/toegang/client.xhtml"),
                    item("/toegang/declaraties.xhtml", "menu.declaraties"),
                    item("/toegang/continuiteit.xhtml", "menu.continuiteit"),
                    item("/iwmo/berichten.xhtml", "menu.iwmo")),
            gebied("toezicht", "menu.gebied.toezicht",
                    item("/toezicht/melden.xhtml", "menu.melden"),
                    item("/toezicht/meldingen.xhtml", "menu.meldingen", "/toezicht/melding.xhtml", "/toezicht/onderzoek.xhtml",
                            "/toezicht/rapport.xhtml"),
                    item("/toezicht/onderzoeken.xhtml", "menu.onderzoeken"),
                    item("/toezicht/jaarverslag.xhtml", "menu.jaarverslag")),
            gebied("kwaliteit", "menu.gebied.kwaliteit",
                    item("/kwaliteit/rondes.xhtml", "menu.kwaliteit", "/kwaliteit/ronde.xhtml", "/kwaliteit/beoordeling.xhtml",
                            "/kwaliteit/trend.xhtml"),
                    item("/ceo/rondes.xhtml", "menu.ceo", "/ceo/import.xhtml"),
                    item("/ceo/resultaten.xhtml", "menu.ceoResultaten")),
            gebied("sturing", "menu.gebied.sturing",
                    item("/warehouse/dashboard.xhtml", "menu.warehouse"),
                    item("/warehouse/uitkomsten.xhtml", "menu.uitkomsten"),
                    item("/warehouse/scenarios.xhtml", "menu.scenarios", "/warehouse/vergelijk.xhtml"),
                    item("/warehouse/budget.xhtml", "menu.budget")),
            gebied("beheer", "menu.gebied.beheer",
                    item("/toegang/generator.xhtml", "menu.generator"),
                    item("/beheer/verwerkingen.xhtml", "menu.verwerkingen"),
                    item("/beheer/gebruikers.xhtml", "menu.gebruikers"),
                    item("/beheer/instellingen.xhtml", "menu.instellingen")));

    private Menustructuur() {
    }

    static Werkgebied gebied(String id, String tekst, Item... items) {
        return new Werkgebied(id, tekst, List.of(items));
    }

    static Item item(String pagina, String tekst, String... ook) {
        return new Item(pagina, tekst, Arrays.asList(ook));
    }

    /** The work area and item a page belongs to, if it is in the menu. */
    public static Optional<Plaats> plaats(String viewId) {
        for (Werkgebied gebied : WERKGEBIEDEN) {
            for (Item item : gebied.items()) {
                if (item.toont(viewId)) {
                    return Optional.of(new Plaats(gebied, item, !item.pagina().equals(viewId)));
                }
            }
        }
        return Optional.empty();
    }

    /** Where a page sits: its work area, its menu item, and whether it is a detail page below that item. */
    public record Plaats(Werkgebied gebied, Item item, boolean detail) {
    }
}
