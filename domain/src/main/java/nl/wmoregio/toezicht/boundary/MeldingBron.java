package nl.wmoregio.toezicht.boundary;

/** Who reported: the source of a melding at the meldpunt. */
public enum MeldingBron { CONSULENT, VERWIJZER, ZORGVERLENER, AANBIEDER, INWONER, ANONIEM }
