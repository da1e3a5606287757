package nl.wmoregio.toezicht.boundary;

/** The kind of investigation. */
public enum OnderzoekType { CALAMITEITENONDERZOEK, SIGNAALGERICHT, PROACTIEF_KWALITEIT, RECHTMATIGHEID }
