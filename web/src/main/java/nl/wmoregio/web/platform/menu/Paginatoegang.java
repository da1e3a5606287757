package nl.wmoregio.web.platform.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Whether the current user may open a page: web.xml's security constraints, read once. */
@ApplicationScoped
public class Paginatoegang {

    @Inject
    ServletContext servletContext;

    @Inject
    SecurityContext securityContext;

    private volatile Paginarechten rechten;

    public boolean mag(String pagina) {
        return rechten().mag(pagina, securityContext::isCallerInRole);
    }

    private Paginarechten rechten() {
        Paginarechten r = rechten;
        if (r == null) {
            try (InputStream in = servletContext.getResourceAsStream("/WEB-INF/web.xml")) {
                r = Paginarechten.lees(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rechten = r;
        }
        return r;
    }
}
