package nl.wmoregio.web.iwmo;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.wmoregio.iwmo.boundary.BerichtView;
import nl.wmoregio.iwmo.boundary.IwmoService;
import nl.wmoregio.iwmo.boundary.Verwerking;
import nl.wmoregio.web.platform.faces.BoundaryDataModel;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;
import org.primefaces.model.LazyDataModel;

/** The iWmo screen: upload a message, see the answer per line, browse the received messages. */
@Named("iwmoBean")
@ViewScoped
public class IwmoBean implements Serializable {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    /** Every refusal of a file (its field is an element path) is shown next to the file input. */
    private static final Map<String, String> BIJ_BESTAND = new AbstractMap<>() {
        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }

        @Override
        public String get(Object key) {
            return "upload:bestand";
        }
    };

    @Inject
    IwmoService service;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    private transient Part bestand;
    private Long id;
    private Verwerking resultaat;

    private final LazyDataModel<BerichtView> model = new BoundaryDataModel<>(page -> service.berichten(page), BerichtView::id);

    /** With ?id=: show the answer to that message. */
    public void laad() {
        if (id != null) {
            resultaat = errors.call(() -> service.bericht(id), Map.of());
        }
    }

    public void ontvang() {
        resultaat = null; // a refused file must not leave an older result on screen
        if (bestand == null || bestand.getSize() == 0) {
            errors.error("upload:bestand", texts.get("iwmo.bestand.verplicht"));
            return;
        }
        if (bestand.getSize() > IwmoResource.MAX_BYTES) {
            errors.error("upload:bestand", texts.get("iwmo.bestand.teGroot"));
            return;
        }
        byte[] inhoud;
        try (InputStream in = bestand.getInputStream()) {
            inhoud = in.readNBytes(IwmoResource.MAX_BYTES + 1);
        } catch (IOException e) {
            errors.error("upload:bestand", texts.get("iwmo.bestand.onleesbaar"));
            return;
        }
        Verwerking v = errors.call(() -> service.importeer(inhoud), BIJ_BESTAND);
        if (v != null) {
            resultaat = v;
            id = v.id();
            errors.info(v.alVerwerkt() ? texts.get("iwmo.alVerwerkt", Long.toString(v.id()))
                    : texts.get("iwmo.verwerkt", v.berichttype(), Integer.toString(v.goedgekeurd()), Integer.toString(v.afgekeurd())));
        }
    }

    /** Downloads the retour message (WMO325/WMO306/WMO308) of the message on screen. */
    public void downloadRetour() throws IOException {
        if (id == null) {
            return;
        }
        IwmoService.RetourBestand retour = errors.call(() -> service.retour(id), Map.of());
        if (retour == null) {
            return;
        }
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/xml;charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + retour.naam() + "\"");
        ec.setResponseContentLength(retour.inhoud().length);
        ec.getResponseOutputStream().write(retour.inhoud());
        faces.responseComplete();
    }

    public String euro(Long cents) {
        return cents == null ? "" : "€ " + new DecimalFormat("#,##0.00", NL).format(BigDecimal.valueOf(cents, 2));
    }

    public LazyDataModel<BerichtView> getModel() { return model; }
    public Part getBestand() { return bestand; }
    public void setBestand(Part bestand) { this.bestand = bestand; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Verwerking getResultaat() { return resultaat; }
}
