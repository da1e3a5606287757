package nl.wmoregio.toezicht.boundary;

/** The four parts of the Wmo 2015 art. 3.1 quality norm. */
public enum NormThema { VEILIG, DOELTREFFEND, DOELMATIG, CLIENTGERICHT }
