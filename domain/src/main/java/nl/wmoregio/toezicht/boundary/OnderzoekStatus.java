package nl.wmoregio.toezicht.boundary;

/** Where an onderzoek is; see ToezichtWorkflow for the allowed transitions. */
public enum OnderzoekStatus { GEPLAND, LOPEND, RAPPORT_CONCEPT, ZIENSWIJZE_ONTVANGEN, DEFINITIEF }
