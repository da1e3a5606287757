package nl.wmoregio.toezicht.boundary;

import jakarta.ejb.ApplicationException;
import nl.wmoregio.shared.DomainException;

/** The caller's toezicht organisation is not the one assigned (REST: 403 with the code). */
@ApplicationException(rollback = true)
public class OrganisatieGeweigerd extends DomainException {

    public OrganisatieGeweigerd(String message) {
        super("ANDERE_ORGANISATIE", "organisatie", message);
    }
}
