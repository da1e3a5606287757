package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wmoregio.web.platform.security.WmoAuthenticationMechanism;

/** The login form: hands the credentials to the authentication mechanism. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    Texts texts;

    private String gebruikersnaam;
    private String wachtwoord;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(gebruikersnaam, new Password(wachtwoord))));
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + WmoAuthenticationMechanism.takeOriginalUrl(request));
                facesContext.responseComplete();
            }
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                response.setStatus(HttpServletResponse.SC_OK);
                String melding = texts.get(request.getAttribute(WmoAuthenticationMechanism.GEBLOKKEERD) != null
                        ? "login.geblokkeerd" : "login.mislukt");
                facesContext.addMessage("login:wachtwoord", new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, melding));
                wachtwoord = null;
            }
        }
    }

    public String getGebruikersnaam() { return gebruikersnaam; }
    public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
    public String getWachtwoord() { return wachtwoord; }
    public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
}
