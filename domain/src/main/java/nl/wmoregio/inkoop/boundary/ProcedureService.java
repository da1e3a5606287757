package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import nl.wmoregio.audit.boundary.AuditService;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.control.InkoopRules;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;
import nl.wmoregio.regio.boundary.GemeenteService;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.shared.Rollen;

/** The procurement procedures per product group, with their entry moments and requirements. */
@Stateless
@PermitAll
public class ProcedureService {

    @Inject
    InkoopRepository repository;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AuditService audit;

    public List<ProcedureView> procedures() {
        java.util.Map<Long, Long> gecontracteerd = repository.aantalGecontracteerdPerProcedure();
        return repository.procedures().stream().map(p -> InkoopMapper.view(p, gecontracteerd.getOrDefault(p.getId(), 0L))).toList();
    }

    /** Announces a procedure for a product group and contract period, with its entry moments and requirements. */
    @RolesAllowed(Rollen.INKOOP)
    public ProcedureView create(ProcedureInput input) {
        String naam = InkoopRules.tekst(input.naam(), "naam", "Naam", 200);
        String groep = input.productgroep() == null ? "" : input.productgroep().strip().toUpperCase();
        if (gemeenten.productgroepen().stream().noneMatch(p -> p.code().equals(groep))) {
            throw new DomainException("PRODUCTGROEP_ONBEKEND", "productgroep", "Onbekende productgroep '" + input.productgroep() + "'");
        }
        Inkoopprocedure.Type type;
        try {
            type = Inkoopprocedure.Type.valueOf(input.type() == null ? "" : input.type().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("TYPE_ONBEKEND", "type", "Het type is OPEN_HOUSE, BEPERKT of GESLOTEN");
        }
        Integer maximum = InkoopRules.maximum(type.name(), input.maxAanbieders());
        if (input.contractVan() == null) {
            throw new DomainException("VERPLICHT", "contractVan", "De start van de contractperiode is verplicht");
        }
        if (input.contractTot() == null || input.contractTot().isBefore(input.contractVan())) {
            throw new DomainException("EINDE_VOOR_BEGIN", "contractTot", "Het einde van de contractperiode ligt na de start");
        }
        InkoopRules.momentenBinnenPeriode(input.momenten(), input.contractVan(), input.contractTot());
        boolean overlap = repository.procedures().stream().anyMatch(p -> p.getProductgroepCode().equals(groep)
                && !p.getContractVan().isAfter(input.contractTot()) && !p.getContractTot().isBefore(input.contractVan()));
        if (overlap) {
            throw new DomainException("PROCEDURE_OVERLAP", "contractVan",
                    "Voor " + groep + " loopt in die periode al een inkoopprocedure");
        }
        Inkoopprocedure procedure = new Inkoopprocedure(naam, groep, type, maximum, input.contractVan(), input.contractTot());
        for (LocalDate moment : new TreeSet<>(input.momenten())) {
            procedure.voegMomentToe(moment);
        }
        if (input.eisen() != null) {
            for (ProcedureInput.EisInput eis : input.eisen()) {
                procedure.voegEisToe(InkoopRules.tekst(eis.code(), "eisen", "Code van de eis", 20).toUpperCase(),
                        InkoopRules.tekst(eis.omschrijving(), "eisen", "Omschrijving van de eis", 500), !Boolean.FALSE.equals(eis.verplicht()));
            }
        }
        repository.persist(procedure);
        repository.flush();
        audit.record("Inkoopprocedure", procedure.getId(), "AANGEMAAKT", groep + " " + type + " " + input.contractVan() + " t/m "
                + input.contractTot(), null);
        return InkoopMapper.view(procedure, 0);
    }

    /** Announces an extra toetredingsmoment (open house) within the contract period. */
    @RolesAllowed(Rollen.INKOOP)
    public ProcedureView voegMomentToe(long id, LocalDate datum) {
        Inkoopprocedure procedure = repository.get(Inkoopprocedure.class, id, "Inkoopprocedure");
        if (procedure.getType() != Inkoopprocedure.Type.OPEN_HOUSE) {
            throw new DomainException("GEEN_OPEN_HOUSE", "datum", "Alleen een open-house-procedure kent latere toetredingsmomenten");
        }
        InkoopRules.momentenBinnenPeriode(java.util.Collections.singletonList(datum), procedure.getContractVan(), procedure.getContractTot());
        if (procedure.getMomenten().stream().anyMatch(m -> m.getDatum().equals(datum))) {
            throw new DomainException("MOMENT_BESTAAT", "datum", "Dit toetredingsmoment bestaat al");
        }
        procedure.voegMomentToe(datum);
        repository.lockForUpdate(procedure);
        repository.flush();
        audit.record("Inkoopprocedure", id, "TOETREDINGSMOMENT_TOEGEVOEGD", datum.toString(), null);
        return get(id);
    }

    public ProcedureView get(long id) {
        Inkoopprocedure procedure = repository.get(Inkoopprocedure.class, id, "Inkoopprocedure");
        return InkoopMapper.view(procedure, repository.aantalGecontracteerd(procedure));
    }
}
