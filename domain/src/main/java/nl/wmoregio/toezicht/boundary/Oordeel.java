package nl.wmoregio.toezicht.boundary;

/** The score of one norm in a bevinding. */
public enum Oordeel { VOLDOET, VOLDOET_DEELS, VOLDOET_NIET }
