package nl.wmoregio.toezicht.boundary;

/** A maatregel is open until its follow-up is recorded. */
public enum MaatregelStatus { OPEN, AFGEROND }
