package nl.wmoregio.web.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * L4 (issue 16): with WMO_HTTPS=true (the application reached over TLS, usually terminated at a
 * reverse proxy, so the container itself sees plain HTTP) the session cookie is marked Secure.
 * HttpOnly and SameSite=Lax come from web.xml.
 */
@WebListener
public class SessieCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (SecurityHeadersFilter.HTTPS) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
