package nl.wmoregio.inkoop.boundary;

import java.util.List;

public record ProductView(String code, String naam, String productgroep, String iwmoProductcategorie, String bekostiging,
                          String eenheid, String frequentie, List<String> categorieen) {
}
