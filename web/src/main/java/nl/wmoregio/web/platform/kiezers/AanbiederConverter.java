package nl.wmoregio.web.platform.kiezers;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.shared.NotFoundException;

/** Provider id in the page, {@link AanbiederView} in the bean; an unknown id is a conversion error next to the field. */
@FacesConverter(value = "aanbiederConverter", managed = true)
public class AanbiederConverter implements Converter<AanbiederView> {

    /** Looked up, not injected: Faces may create the converter outside CDI. */
    private static AanbiederService service() {
        return jakarta.enterprise.inject.spi.CDI.current().select(AanbiederService.class).get();
    }

    @Override
    public AanbiederView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return service().get(Long.parseLong(value.strip())).aanbieder();
        } catch (NumberFormatException | NotFoundException | jakarta.ejb.EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "?", "?"));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AanbiederView value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
