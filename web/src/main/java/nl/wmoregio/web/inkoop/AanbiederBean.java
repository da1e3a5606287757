package nl.wmoregio.web.inkoop;

import nl.wmoregio.web.platform.faces.Texts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.inkoop.boundary.AanbiederDetail;
import nl.wmoregio.inkoop.boundary.AanbiederInput;
import nl.wmoregio.inkoop.boundary.AanbiederService;
import nl.wmoregio.inkoop.boundary.ContractDetail;
import nl.wmoregio.inkoop.boundary.ContractService;
import nl.wmoregio.inkoop.boundary.StatusInput;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.web.platform.faces.FacesErrors;
import nl.wmoregio.web.platform.faces.SessionBean;

/**
 * One provider: view, create and edit (inkoop and contractmanagement), with its locations,
 * contacts and contract. Keeps the versions it showed of the provider and of the contract, so
 * a change over someone else's change is refused, not silently done.
 */
@Named
@ViewScoped
public class AanbiederBean implements Serializable {

    private static final Map<String, String> VELDEN = Map.of(
            "naam", "aanbieder:naam",
            "kvkNummer", "aanbieder:kvk",
            "agbCode", "aanbieder:agb",
            "status", "aanbieder:status");
    private static final Map<String, String> STATUS_VELDEN = Map.of(
            "reden", "contractstatus:reden");

    @Inject
    AanbiederService service;

    @Inject
    ContractService contractService;

    @Inject
    FacesErrors errors;

    @Inject
    Texts texts;

    @Inject
    SessionBean gebruiker;

    private Long id;
    private long version;
    private AanbiederDetail detail;
    private ContractDetail contract;

    private String naam;
    private String kvkNummer;
    private String agbCode;
    private String status = "ACTIEF";
    private boolean bwRecht2014;

    private String reden;

    /** f:viewAction: load the provider named by ?id=, or start a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        AanbiederDetail loaded = errors.call(() -> service.get(id), Map.of());
        if (loaded != null) {
            show(loaded);
        }
    }

    public String save() {
        AanbiederInput input = new AanbiederInput(naam, kvkNummer, agbCode, status, bwRecht2014, null, null);
        boolean nieuw = id == null;
        AanbiederDetail saved = errors.call(() -> nieuw ? service.create(input) : service.update(id, version, input), VELDEN);
        if (saved == null) {
            return null;
        }
        show(saved);
        errors.info(texts.get("aanbieder.opgeslagen", saved.aanbieder().naam()));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/inkoop/aanbieder.xhtml?faces-redirect=true&id=" + saved.aanbieder().id();
    }

    // New location / contact rows, added to the stored lists (the boundary replaces the lists as a whole).
    private String locNaam, locAdres, locPostcode, locPlaats;
    private String conNaam, conFunctie, conEmail, conTelefoon;

    public void voegLocatieToe() {
        java.util.List<AanbiederDetail.LocatieView> locaties = new java.util.ArrayList<>(detail.locaties());
        locaties.add(new AanbiederDetail.LocatieView(locNaam, locAdres, locPostcode, locPlaats));
        if (bewaarLijsten(locaties, null, Map.of("locaties", "locatie:naam"))) {
            locNaam = locAdres = locPostcode = locPlaats = null;
        }
    }

    public void verwijderLocatie(int index) {
        java.util.List<AanbiederDetail.LocatieView> locaties = new java.util.ArrayList<>(detail.locaties());
        locaties.remove(index);
        bewaarLijsten(locaties, null, Map.of());
    }

    public void voegContactToe() {
        java.util.List<AanbiederDetail.ContactView> contacten = new java.util.ArrayList<>(detail.contacten());
        contacten.add(new AanbiederDetail.ContactView(conNaam, conFunctie, conEmail, conTelefoon));
        if (bewaarLijsten(null, contacten, Map.of("contacten", "contact:naam"))) {
            conNaam = conFunctie = conEmail = conTelefoon = null;
        }
    }

    public void verwijderContact(int index) {
        java.util.List<AanbiederDetail.ContactView> contacten = new java.util.ArrayList<>(detail.contacten());
        contacten.remove(index);
        bewaarLijsten(null, contacten, Map.of());
    }

    /** Saves changed lists with the version shown, so a concurrent edit is refused, not overwritten. */
    private boolean bewaarLijsten(java.util.List<AanbiederDetail.LocatieView> locaties,
                                  java.util.List<AanbiederDetail.ContactView> contacten, Map<String, String> velden) {
        var a = detail.aanbieder();
        AanbiederDetail saved = errors.call(() -> service.update(id, version, new AanbiederInput(a.naam(), a.kvkNummer(),
                a.agbCode(), a.status(), a.bwRecht2014(), locaties, contacten)), velden);
        if (saved == null) {
            return false;
        }
        show(saved);
        errors.info(texts.get("aanbieder.opgeslagen", saved.aanbieder().naam()));
        return true;
    }

    public String getLocNaam() { return locNaam; }
    public void setLocNaam(String v) { locNaam = v; }
    public String getLocAdres() { return locAdres; }
    public void setLocAdres(String v) { locAdres = v; }
    public String getLocPostcode() { return locPostcode; }
    public void setLocPostcode(String v) { locPostcode = v; }
    public String getLocPlaats() { return locPlaats; }
    public void setLocPlaats(String v) { locPlaats = v; }
    public String getConNaam() { return conNaam; }
    public void setConNaam(String v) { conNaam = v; }
    public String getConFunctie() { return conFunctie; }
    public void setConFunctie(String v) { conFunctie = v; }
    public String getConEmail() { return conEmail; }
    public void setConEmail(String v) { conEmail = v; }
    public String getConTelefoon() { return conTelefoon; }
    public void setConTelefoon(String v) { conTelefoon = v; }

    public void verleng(long deelId) {
        if (contract == null) {
            return;
        }
        ContractDetail.DeelView deel = contract.deelovereenkomsten().stream().filter(d -> d.id() == deelId).findFirst().orElse(null);
        ContractDetail saved = errors.call(() -> contractService.verleng(contract.contract().id(), deelId,
                contract.contract().version()), Map.of());
        if (saved != null) {
            contract = saved;
            errors.info(texts.get("deel.verlengd", deel == null ? "" : deel.productCode()));
        }
    }

    public void opschorten() { wijzigStatus("OPGESCHORT"); }
    public void hervatten() { wijzigStatus("ACTIEF"); }
    public void beeindigen() { wijzigStatus("BEEINDIGD"); }

    private void wijzigStatus(String nieuw) {
        if (contract == null) {
            return;
        }
        ContractDetail saved = errors.call(() -> contractService.wijzigStatus(contract.contract().id(),
                contract.contract().version(), new StatusInput(nieuw, reden, null)), STATUS_VELDEN);
        if (saved != null) {
            contract = saved;
            reden = null;
            errors.info(texts.get("contractstatus.gewijzigd", saved.contract().nummer(), texts.get("status." + nieuw)));
        }
    }

    private void show(AanbiederDetail loaded) {
        detail = loaded;
        contract = loaded.contract();
        id = loaded.aanbieder().id();
        version = loaded.aanbieder().version();
        naam = loaded.aanbieder().naam();
        kvkNummer = loaded.aanbieder().kvkNummer();
        agbCode = loaded.aanbieder().agbCode();
        status = loaded.aanbieder().status();
        bwRecht2014 = loaded.aanbieder().bwRecht2014();
    }

    /** Inkoop and contractmanagement maintain providers and contracts; everyone else reads. */
    public boolean isMagBeheren() {
        return gebruiker.heeftRol(Rollen.INKOOP) || gebruiker.heeftRol(Rollen.CONTRACTMANAGER);
    }

    public boolean isContractWijzigbaar() {
        return isMagBeheren() && contract != null && !"BEEINDIGD".equals(contract.contract().status());
    }

    public boolean verlengbaar(ContractDetail.DeelView deel) {
        return isContractWijzigbaar() && !"BEEINDIGD".equals(deel.status());
    }

    public String gemeenten(ContractDetail.DeelView deel) {
        return deel.gemeenten() == null || deel.gemeenten().isEmpty() ? texts.get("deel.geenGemeenten")
                : String.join(", ", deel.gemeenten());
    }

    public List<String> getStatussen() { return List.of("ACTIEF", "INACTIEF"); }
    public boolean isNieuw() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AanbiederDetail getDetail() { return detail; }
    public ContractDetail getContract() { return contract; }
    public long getVersion() { return version; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = naam; }
    public String getKvkNummer() { return kvkNummer; }
    public void setKvkNummer(String kvkNummer) { this.kvkNummer = kvkNummer; }
    public String getAgbCode() { return agbCode; }
    public void setAgbCode(String agbCode) { this.agbCode = agbCode; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isBwRecht2014() { return bwRecht2014; }
    public void setBwRecht2014(boolean bwRecht2014) { this.bwRecht2014 = bwRecht2014; }
    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
}
