package nl.wmoregio.toezicht.boundary;

/** The kind of a melding; CALAMITEIT and GEWELD fall under the reporting duty of Wmo 2015 art. 3.4. */
public enum MeldingSoort { SIGNAAL_KWALITEIT, SIGNAAL_RECHTMATIGHEID, CALAMITEIT, GEWELD, KLACHT }
