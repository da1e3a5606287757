package nl.wmoregio.inkoop.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.wmoregio.inkoop.control.InkoopMapper;
import nl.wmoregio.inkoop.control.InkoopRepository;
import nl.wmoregio.inkoop.entity.Inkoopprocedure;

/** The procurement procedures per product group, with their entry moments and requirements. */
@Stateless
@PermitAll
public class ProcedureService {

    @Inject
    InkoopRepository repository;

    public List<ProcedureView> procedures() {
        return repository.procedures().stream().map(p -> InkoopMapper.view(p, repository.aantalGecontracteerd(p))).toList();
    }

    public ProcedureView get(long id) {
        Inkoopprocedure procedure = repository.get(Inkoopprocedure.class, id, "Inkoopprocedure");
        return InkoopMapper.view(procedure, repository.aantalGecontracteerd(procedure));
    }
}
