package nl.wmoregio.toezicht.boundary;

/** The toezicht organisations: the GGD (calamiteiten, geweld) and the regional Wmo-toezichthouder. */
public enum Organisatie { GGD, WMO_TOEZICHTHOUDER }
