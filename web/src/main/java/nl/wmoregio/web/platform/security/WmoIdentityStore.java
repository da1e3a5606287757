package nl.wmoregio.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.wmoregio.gebruiker.boundary.GebruikerService;

/** Users and roles from the database, through the gebruiker component. */
@ApplicationScoped
public class WmoIdentityStore implements IdentityStore {

    @Inject
    GebruikerService gebruikers;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return gebruikers.aanmelden(login.getCaller(), login.getPassword().getValue())
                .map(a -> new CredentialValidationResult(a.gebruikersnaam(), a.rollen()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
