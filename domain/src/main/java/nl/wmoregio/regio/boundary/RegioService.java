package nl.wmoregio.regio.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.regio.control.GemeenteRepository;
import nl.wmoregio.regio.control.GemeenteRules;
import nl.wmoregio.regio.entity.Gemeente;
import nl.wmoregio.regio.entity.Regio;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Tijd;
import nl.wmoregio.shared.Versies;

/** The centrumregeling itself: its name, centrumgemeente and period. */
@Stateless
@PermitAll
public class RegioService {

    @Inject
    GemeenteRepository repository;

    @Inject
    AuditService audit;

    public RegioView regio() {
        return view(repository.regio());
    }

    @RolesAllowed(nl.wmoregio.shared.Rollen.BEHEERDER)
    public RegioView update(long expectedVersion, RegioInput input) {
        Regio regio = repository.regio();
        Versies.controleer(regio.getVersion(), expectedVersion, "Regio " + regio.getNaam());
        String naam = GemeenteRules.naam(input.naam());
        LocalDate van = GemeenteRules.verplichteDatum(input.regelingVan(), "regelingVan", "Begindatum van de regeling");
        GemeenteRules.eindeNaBegin(van, input.regelingTot(), "regelingTot");
        String code = GemeenteRules.cbsCode(input.centrumgemeenteCbsCode(), "centrumgemeenteCbsCode");
        Gemeente centrum = repository.findByCbsCode(code).orElseThrow(() -> new DomainException(
                "CENTRUMGEMEENTE_ONBEKEND", "centrumgemeenteCbsCode", "Er is geen gemeente met CBS-code " + code));
        regio.wijzig(naam, centrum, van, input.regelingTot());
        Versies.flush(repository::flush, "Regio " + regio.getNaam(), regio::getVersion);
        audit.record("Regio", regio.getId(), "GEWIJZIGD", "naam=" + naam + "; centrumgemeente=" + code
                + "; regeling " + van + " t/m " + input.regelingTot(), null);
        return view(regio);
    }

    private RegioView view(Regio r) {
        Gemeente centrum = r.getCentrumgemeente();
        return new RegioView(r.getId(), r.getCode(), r.getNaam(), centrum == null ? null : centrum.getCbsCode(),
                centrum == null ? null : centrum.getNaam(), r.getRegelingVan(), r.getRegelingTot(),
                repository.telActief(Tijd.vandaag()), r.getVersion());
    }
}
