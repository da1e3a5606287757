package nl.wmoregio.toezicht.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.wmoregio.toegang.boundary.ToezichtDossiers;
import nl.wmoregio.toezicht.control.ToezichtRepository;

/** Toezicht's answer to toegang: which clients are in a case of an organisation (issue 16, M1). */
@ApplicationScoped
public class Dossiers implements ToezichtDossiers {

    @Inject
    ToezichtRepository repository;

    @Override
    public boolean clientInDossier(String pseudoniem, String organisatie) {
        return repository.clientInDossier(pseudoniem, organisatie);
    }

    @Override
    public boolean zaakVan(String zaaknummer, String organisatie) {
        return repository.zaakVan(zaaknummer, organisatie);
    }
}
