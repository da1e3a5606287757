package nl.wmoregio.web.platform.kiezers;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.shared.NotFoundException;

/** Provider id in the page, {@link AanbiederView} in the bean; an unknown id is a conversion error next to the field. */
@FacesConverter(value = "aanbiederConverter", managed = true)
public class AanbiederConverter implements Converter<AanbiederView> {

    @Inject
    AanbiederService service;

    @Override
    public AanbiederView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return service.get(Long.parseLong(value.strip())).aanbieder();
        } catch (NumberFormatException | NotFoundException | jakarta.ejb.EJBException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "?", "?"));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AanbiederView value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
