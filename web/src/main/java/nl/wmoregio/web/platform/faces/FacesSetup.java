package nl.wmoregio.web.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces' CDI integration (injectable FacesContext, #{view}, ...). */
@FacesConfig
@ApplicationScoped
public class FacesSetup {
}
