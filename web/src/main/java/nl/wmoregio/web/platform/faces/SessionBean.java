package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import nl.wmoregio.shared.Rollen;

/** Who is logged in and in which roles, for the layout's menu; and logout. */
@Named("gebruiker")
@RequestScoped
public class SessionBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    public boolean isAangemeld() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getNaam() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean heeftRol(String rol) {
        return securityContext.isCallerInRole(rol);
    }

    public boolean isBeheerder() {
        return heeftRol(Rollen.BEHEERDER);
    }

    public String getRollen() {
        return String.join(", ", Rollen.ALLE.stream().filter(this::heeftRol).toList());
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?afgemeld=true");
        facesContext.responseComplete();
    }
}
