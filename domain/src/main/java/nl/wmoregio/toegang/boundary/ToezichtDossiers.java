package nl.wmoregio.toegang.boundary;

/**
 * Issue 16, M1: whether a toezichthouder's organisation has a case about a client. Implemented by
 * the toezicht component ({@code toezicht.boundary.Dossiers}); toegang only asks through this
 * interface, so toegang does not depend on toezicht (toezicht already uses toegang's access log).
 * Without an implementation no toezichthouder opens a client (fail closed).
 */
public interface ToezichtDossiers {

    /** A melding naming this client is still unassigned (triage) or belongs, itself or through its onderzoek, to the organisation. */
    boolean clientInDossier(String pseudoniem, String organisatie);

    /** The case number (melding {@code M2025-000123} or onderzoek {@code OZ2025-00012}) exists and belongs to the organisation. */
    boolean zaakVan(String zaaknummer, String organisatie);
}
