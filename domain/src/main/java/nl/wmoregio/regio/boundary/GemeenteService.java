package nl.wmoregio.regio.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.regio.control.GemeenteMapper;
import nl.wmoregio.regio.control.GemeenteRepository;
import nl.wmoregio.regio.control.GemeenteRules;
import nl.wmoregio.regio.entity.Deelname;
import nl.wmoregio.regio.entity.Gemeente;
import nl.wmoregio.regio.entity.Productgroep;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.NotFoundException;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import nl.wmoregio.shared.Periode;
import nl.wmoregio.shared.Rollen;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/**
 * The gemeenten of the region and their participation per product group. Everyone who is
 * logged in may read (it is the region's reference data); only the BEHEERDER changes it.
 * Every change is written to the audit trail in the same transaction.
 */
@Stateless
@PermitAll
public class GemeenteService {

    static final String AUDIT_ENTITEIT = "Gemeente";

    @Inject
    GemeenteRepository repository;

    @Inject
    AuditService audit;

    public Page<GemeenteView> zoek(GemeenteFilter filter, PageRequest page) {
        LocalDate vandaag = Tijd.vandaag();
        List<GemeenteView> items = repository.zoek(filter, page).stream()
                .map(g -> GemeenteMapper.view(g, vandaag))
                .toList();
        return new Page<>(items, page.page(), page.size(), repository.tel(filter));
    }

    public GemeenteDetail get(long id) {
        return GemeenteMapper.detail(repository.get(id), Tijd.vandaag());
    }

    public Optional<GemeenteView> findByCbsCode(String cbsCode) {
        return repository.findByCbsCode(cbsCode).map(g -> GemeenteMapper.view(g, Tijd.vandaag()));
    }

    /** The gemeenten that take part in a product group at some day of the period (both ends inclusive). */
    public List<GemeenteView> deelnemersAan(String productgroep, LocalDate van, LocalDate tot) {
        LocalDate vandaag = Tijd.vandaag();
        return repository.deelnemersAan(productgroep, van, tot).stream().map(g -> GemeenteMapper.view(g, vandaag)).toList();
    }

    /** The merger facts of the region: every ended gemeente that went up in a successor, oldest merger first. */
    public List<Fusie> fusies() {
        return repository.opgegaan().stream().map(GemeenteService::fusie).toList();
    }

    /** The merger fact of one gemeente, empty when it still exists or ended without a successor. */
    public Optional<Fusie> fusie(long gemeenteId) {
        Gemeente g = repository.get(gemeenteId);
        return g.getGeldigTot() == null || g.getOpgevolgdDoor() == null ? Optional.empty() : Optional.of(fusie(g));
    }

    private static Fusie fusie(Gemeente g) {
        Gemeente o = g.getOpgevolgdDoor();
        return new Fusie(g.getId(), g.getCbsCode(), g.getNaam(), o.getId(), o.getCbsCode(), o.getNaam(), g.getGeldigTot().plusDays(1));
    }

    public List<ProductgroepView> productgroepen() {
        return repository.productgroepen().stream().map(GemeenteMapper::view).toList();
    }

    @RolesAllowed(Rollen.BEHEERDER)
    public GemeenteDetail create(GemeenteInput input) {
        String cbsCode = GemeenteRules.cbsCode(input.cbsCode(), "cbsCode");
        String naam = GemeenteRules.naam(input.naam());
        LocalDate van = GemeenteRules.verplichteDatum(input.geldigVan(), "geldigVan", "Begindatum");
        uniekeCbsCode(cbsCode, null);
        Gemeente gemeente = new Gemeente(repository.regio(), cbsCode, naam, van, Tijd.nuUtc());
        repository.persist(gemeente);
        repository.flush();
        audit.record(AUDIT_ENTITEIT, gemeente.getId(), "AANGEMAAKT",
                "cbsCode=" + cbsCode + "; naam=" + naam + "; geldigVan=" + van, null);
        return GemeenteMapper.detail(gemeente, Tijd.vandaag());
    }

    @RolesAllowed(Rollen.BEHEERDER)
    public GemeenteDetail update(long id, long expectedVersion, GemeenteInput input) {
        Gemeente gemeente = repository.get(id);
        checkVersion(gemeente, expectedVersion);
        String cbsCode = GemeenteRules.cbsCode(input.cbsCode(), "cbsCode");
        String naam = GemeenteRules.naam(input.naam());
        LocalDate van = GemeenteRules.verplichteDatum(input.geldigVan(), "geldigVan", "Begindatum");
        GemeenteRules.eindeNaBegin(van, gemeente.getGeldigTot(), "geldigVan");
        for (Deelname deelname : gemeente.getDeelnames()) {
            GemeenteRules.deelnameBinnenGemeente(new Periode(van, gemeente.getGeldigTot()), deelname.periode());
        }
        uniekeCbsCode(cbsCode, id);
        String voor = beschrijf(gemeente);
        gemeente.wijzig(cbsCode, naam, van, Tijd.nuUtc());
        flushOrStale(gemeente);
        audit.record(AUDIT_ENTITEIT, id, "GEWIJZIGD", voor + " -> " + beschrijf(gemeente), null);
        return GemeenteMapper.detail(gemeente, Tijd.vandaag());
    }

    /** Ends the gemeente on the given day (inclusive) and cuts its running participations off there. */
    @RolesAllowed(Rollen.BEHEERDER)
    public GemeenteDetail beeindig(long id, long expectedVersion, Beeindiging beeindiging) {
        Gemeente gemeente = repository.get(id);
        checkVersion(gemeente, expectedVersion);
        LocalDate tot = GemeenteRules.verplichteDatum(beeindiging.geldigTot(), "geldigTot", "Einddatum");
        GemeenteRules.eindeNaBegin(gemeente.getGeldigVan(), tot, "geldigTot");
        GemeenteRules.eindeNaDeelnames(tot, gemeente.getDeelnames().stream().map(Deelname::periode).toList());
        String reden = GemeenteRules.reden(beeindiging.reden());
        Gemeente opvolger = null;
        if (beeindiging.opvolgerCbsCode() != null && !beeindiging.opvolgerCbsCode().isBlank()) {
            String code = GemeenteRules.cbsCode(beeindiging.opvolgerCbsCode(), "opvolgerCbsCode");
            opvolger = repository.findByCbsCode(code).orElseThrow(() -> new DomainException("OPVOLGER_ONBEKEND",
                    "opvolgerCbsCode", "Er is geen gemeente met CBS-code " + code));
            if (opvolger.getId().equals(gemeente.getId())) {
                throw new DomainException("OPVOLGER_ZELF", "opvolgerCbsCode", "Een gemeente kan niet in zichzelf opgaan");
            }
        }
        gemeente.beeindig(tot, reden, opvolger, Tijd.nuUtc());
        flushOrStale(gemeente);
        audit.record(AUDIT_ENTITEIT, id, "BEEINDIGD", "geldigTot=" + tot
                + (opvolger == null ? "" : "; opgegaan in " + opvolger.getCbsCode()), reden);
        return GemeenteMapper.detail(gemeente, Tijd.vandaag());
    }

    @RolesAllowed(Rollen.BEHEERDER)
    public GemeenteDetail voegDeelnameToe(long gemeenteId, DeelnameInput input) {
        Gemeente gemeente = repository.getForUpdate(gemeenteId);
        Productgroep groep = repository.productgroep(input.productgroep());
        LocalDate van = GemeenteRules.verplichteDatum(input.van(), "van", "Begindatum");
        GemeenteRules.eindeNaBegin(van, input.tot(), "tot");
        Periode periode = new Periode(van, input.tot());
        GemeenteRules.deelnameBinnenGemeente(gemeente.periode(), periode);
        GemeenteRules.geenOverlap(periode, gemeente.getDeelnames().stream()
                .filter(d -> d.getProductgroep().getCode().equals(groep.getCode()))
                .map(Deelname::periode)
                .toList(), groep.getNaam());
        Deelname deelname = gemeente.voegDeelnameToe(groep, van, input.tot(), Tijd.nuUtc());
        flushOrStale(gemeente);
        audit.record(AUDIT_ENTITEIT, gemeenteId, "DEELNAME_TOEGEVOEGD",
                groep.getCode() + " " + van + " t/m " + (input.tot() == null ? "onbepaald" : input.tot())
                        + " (deelname " + deelname.getId() + ")", null);
        return GemeenteMapper.detail(gemeente, Tijd.vandaag());
    }

    @RolesAllowed(Rollen.BEHEERDER)
    public GemeenteDetail beeindigDeelname(long gemeenteId, long deelnameId, LocalDate tot) {
        Gemeente gemeente = repository.getForUpdate(gemeenteId);
        Deelname deelname = gemeente.getDeelnames().stream()
                .filter(d -> d.getId() == deelnameId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Deelname", deelnameId));
        LocalDate einde = GemeenteRules.verplichteDatum(tot, "tot", "Einddatum");
        GemeenteRules.eindeNaBegin(deelname.getVan(), einde, "tot");
        GemeenteRules.deelnameBinnenGemeente(gemeente.periode(), new Periode(deelname.getVan(), einde));
        deelname.beeindig(einde);
        flushOrStale(gemeente);
        audit.record(AUDIT_ENTITEIT, gemeenteId, "DEELNAME_BEEINDIGD",
                deelname.getProductgroep().getCode() + " tot " + einde + " (deelname " + deelnameId + ")", null);
        return GemeenteMapper.detail(gemeente, Tijd.vandaag());
    }

    private void uniekeCbsCode(String cbsCode, Long eigenId) {
        repository.findByCbsCode(cbsCode)
                .filter(bestaand -> !bestaand.getId().equals(eigenId))
                .ifPresent(bestaand -> {
                    throw new DomainException("CBS_CODE_BESTAAT", "cbsCode",
                            "CBS-code " + cbsCode + " is al in gebruik door " + bestaand.getNaam());
                });
    }

    private static void checkVersion(Gemeente gemeente, long expectedVersion) {
        Versies.controleer(gemeente.getVersion(), expectedVersion, "Gemeente " + gemeente.getNaam());
    }

    private void flushOrStale(Gemeente gemeente) {
        Versies.flush(repository::flush, "Gemeente " + gemeente.getNaam(), gemeente::getVersion);
    }

    private static String beschrijf(Gemeente g) {
        return "cbsCode=" + g.getCbsCode() + "; naam=" + g.getNaam() + "; geldigVan=" + g.getGeldigVan();
    }
}
