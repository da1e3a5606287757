package nl.wmoregio.web.platform.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.wmoregio.web.platform.faces.Texts;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu (p:menubar) from {@link Menustructuur}: one submenu per work area, only the pages
 * the user may open (web.xml), the current work area and page marked; and the "U bent hier" line.
 */
@Named("menu")
@RequestScoped
public class MenuBean {

    @Inject
    FacesContext facesContext;

    @Inject
    Paginatoegang toegang;

    @Inject
    Texts texts;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = bouw();
        }
        return model;
    }

    private MenuModel bouw() {
        String viewId = viewId();
        String context = facesContext.getExternalContext().getRequestContextPath();
        Optional<Menustructuur.Plaats> hier = Menustructuur.plaats(viewId);
        DefaultMenuModel m = new DefaultMenuModel();
        m.getElements().add(DefaultMenuItem.builder().value(texts.get("menu.start"))
                .url(context + Menustructuur.START).styleClass(Menustructuur.START.equals(viewId) ? "actief" : null).build());
        for (Menustructuur.Werkgebied gebied : Menustructuur.WERKGEBIEDEN) {
            List<Menustructuur.Item> zichtbaar = gebied.items().stream().filter(i -> toegang.mag(i.pagina())).toList();
            if (zichtbaar.isEmpty()) {
                continue;
            }
            boolean actief = hier.map(p -> p.gebied().id().equals(gebied.id())).orElse(false);
            DefaultSubMenu.Builder sub = DefaultSubMenu.builder().label(texts.get(gebied.tekst()))
                    .styleClass(actief ? "actief" : null);
            for (Menustructuur.Item item : zichtbaar) {
                boolean deze = hier.map(p -> p.item().equals(item)).orElse(false);
                sub.addElement(DefaultMenuItem.builder().value(texts.get(item.tekst())).url(context + item.pagina())
                        .styleClass(deze ? "actief" : null).build());
            }
            m.getElements().add(sub.build());
        }
        m.generateUniqueIds();
        return m;
    }

    /** The work area of the current page, or null (start page, login). */
    public String getGebied() {
        return Menustructuur.plaats(viewId()).map(p -> texts.get(p.gebied().tekst())).orElse(null);
    }

    /** The menu item of the current page (its list when this is a detail page), or null. */
    public String getItem() {
        return Menustructuur.plaats(viewId()).map(p -> texts.get(p.item().tekst())).orElse(null);
    }

    public String getItemUrl() {
        return Menustructuur.plaats(viewId()).filter(Menustructuur.Plaats::detail)
                .map(p -> facesContext.getExternalContext().getRequestContextPath() + p.item().pagina()).orElse(null);
    }

    /** Whether the user may open a page; for links on the start page and elsewhere. */
    public boolean mag(String pagina) {
        return toegang.mag(pagina);
    }

    private String viewId() {
        return facesContext.getViewRoot() == null ? "" : facesContext.getViewRoot().getViewId();
    }
}
