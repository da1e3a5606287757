package nl.wmoregio.toezicht.boundary;

/** Where a melding is in triage; see ToezichtWorkflow for the allowed transitions. */
public enum MeldingStatus { NIEUW, TOEGEWEZEN, GESLOTEN, SAMENGEVOEGD, IN_ONDERZOEK }
