package nl.wmoregio.web.inkoop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederFilter;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.AanbiederView;
import nl.wmoregio.inkoop.boundary.Besluit;
import nl.wmoregio.inkoop.boundary.CatalogusService;
import nl.wmoregio.inkoop.boundary.EisBeoordeling;
import nl.wmoregio.inkoop.boundary.ProcedureService;
import nl.wmoregio.inkoop.boundary.ProcedureView;
import nl.wmoregio.inkoop.boundary.ProductView;
import nl.wmoregio.inkoop.boundary.ToetredingDetail;
import nl.wmoregio.inkoop.boundary.ToetredingInput;
import nl.wmoregio.inkoop.boundary.ToetredingService;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.Texts;

/**
 * One application: submit it (provider by KvK number, a toetredingsmoment, products), assess the
 * checklist line by line, then admit or refuse it with a motivation.
 */
@Named
@ViewScoped
public class ToetredingBean implements Serializable {

    @Inject
    ToetredingService service;
    @Inject
    AanbiederService aanbieders;
    @Inject
    ProcedureService procedures;
    @Inject
    CatalogusService catalogus;
    @Inject
    FacesErrors errors;
    @Inject
    Texts texts;

    private Long id;
    private ToetredingDetail detail;
    private final Map<Long, EisRegelForm> eisen = new HashMap<>();

    private String kvkNummer;
    private Long momentId;
    private List<String> producten = new ArrayList<>();

    private String besluit;
    private String reden;

    /** What the reviewer edits per requirement line. */
    public static class EisRegelForm implements Serializable {
        private String voldaan = "";
        private String bewijsNaam;
        private String notitie;

        public String getVoldaan() { return voldaan; }
        public void setVoldaan(String voldaan) { this.voldaan = voldaan; }
        public String getBewijsNaam() { return bewijsNaam; }
        public void setBewijsNaam(String bewijsNaam) { this.bewijsNaam = bewijsNaam; }
        public String getNotitie() { return notitie; }
        public void setNotitie(String notitie) { this.notitie = notitie; }
    }

    public void load() {
        if (id != null) {
            ToetredingDetail loaded = errors.call(() -> service.get(id), Map.of());
            if (loaded != null) {
                show(loaded);
            }
        }
    }

    public String dienIn() {
        List<AanbiederView> gevonden = kvkNummer == null ? List.of()
                : aanbieders.zoek(new AanbiederFilter(kvkNummer.strip(), null, null), new PageRequest(0, 2, null, true)).items()
                .stream().filter(a -> a.kvkNummer().equals(kvkNummer.strip())).toList();
        if (gevonden.isEmpty()) {
            errors.error("nieuw:kvk", texts.get("toetreding.kvkOnbekend"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        ToetredingDetail saved = errors.call(() -> service.dienIn(new ToetredingInput(gevonden.get(0).id(), momentId, producten)),
                Map.of("momentId", "nieuw:moment", "producten", "nieuw:producten", "productCode", "nieuw:producten",
                        "aanbiederId", "nieuw:kvk"));
        if (saved == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        errors.info(texts.get("toetreding.ingediend"));
        return "/inkoop/toetreding.xhtml?faces-redirect=true&id=" + saved.toetreding().id();
    }

    /** Saves every checklist line the reviewer changed. */
    public void beoordeel() {
        ToetredingDetail saved = detail;
        int gewijzigd = 0;
        for (ToetredingDetail.EisRegel regel : detail.eisen()) {
            EisRegelForm form = eisen.get(regel.eisId());
            Boolean voldaan = form.voldaan == null || form.voldaan.isEmpty() ? null : Boolean.valueOf(form.voldaan);
            boolean changed = !java.util.Objects.equals(voldaan, regel.voldaan())
                    || !java.util.Objects.equals(blankToNull(form.bewijsNaam), regel.bewijsNaam())
                    || !java.util.Objects.equals(blankToNull(form.notitie), regel.notitie());
            if (changed) {
                long eisId = regel.eisId();
                saved = errors.call(() -> service.beoordeelEis(id, eisId, new EisBeoordeling(voldaan, blankToNull(form.bewijsNaam),
                        form.bewijsNaam == null || form.bewijsNaam.isBlank() ? null : "application/pdf", null,
                        blankToNull(form.notitie))), Map.of());
                if (saved == null) {
                    return;
                }
                gewijzigd++;
            }
        }
        show(saved);
        errors.info(texts.get("toetreding.eisenOpgeslagen", gewijzigd));
    }

    public void besluit() {
        ToetredingDetail saved = errors.call(() -> service.besluit(id, detail.toetreding().version(), new Besluit(besluit, reden)),
                Map.of("besluit", "besluit:uitkomst", "reden", "besluit:reden", "eisen", "besluit:uitkomst"));
        if (saved != null) {
            show(saved);
            errors.info(texts.get("TOEGELATEN".equals(saved.toetreding().status()) ? "toetreding.toegelaten" : "toetreding.afgewezen"));
        }
    }

    private void show(ToetredingDetail loaded) {
        detail = loaded;
        id = loaded.toetreding().id();
        for (ToetredingDetail.EisRegel regel : loaded.eisen()) {
            EisRegelForm form = eisen.computeIfAbsent(regel.eisId(), k -> new EisRegelForm());
            form.voldaan = regel.voldaan() == null ? "" : regel.voldaan().toString();
            form.bewijsNaam = regel.bewijsNaam();
            form.notitie = regel.notitie();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Toetredingsmomenten of the procedures that admit new providers; read once per view. */
    public List<Moment> getMomenten() {
        if (momenten == null) {
            momenten = new ArrayList<>();
            for (ProcedureView p : procedures.procedures()) {
                if (!"GESLOTEN".equals(p.type())) {
                    p.toetredingsmomenten().forEach(m -> momenten.add(new Moment(m.id(), p.naam() + " – " + m.datum(), p.productgroep())));
                }
            }
        }
        return momenten;
    }

    public List<ProductView> getProductKeuze() {
        String groep = getMomenten().stream().filter(m -> m.id() == (momentId == null ? -1 : momentId))
                .map(Moment::productgroep).findFirst().orElse(null);
        if (groep == null) {
            return List.of();
        }
        if (catalogusProducten == null) {
            catalogusProducten = catalogus.producten();
        }
        return catalogusProducten.stream().filter(p -> p.productgroep().equals(groep)).toList();
    }

    private List<Moment> momenten;
    private List<ProductView> catalogusProducten;

    public record Moment(long id, String label, String productgroep) implements Serializable {
    }

    public boolean isInBehandeling() {
        return detail != null && "INGEDIEND".equals(detail.toetreding().status());
    }

    public Map<Long, EisRegelForm> getEisen() { return eisen; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ToetredingDetail getDetail() { return detail; }
    public String getKvkNummer() { return kvkNummer; }
    public void setKvkNummer(String kvkNummer) { this.kvkNummer = kvkNummer; }
    public Long getMomentId() { return momentId; }
    public void setMomentId(Long momentId) { this.momentId = momentId; }
    public List<String> getProducten() { return producten; }
    public void setProducten(List<String> producten) { this.producten = producten; }
    public String getBesluit() { return besluit; }
    public void setBesluit(String besluit) { this.besluit = besluit; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
}
