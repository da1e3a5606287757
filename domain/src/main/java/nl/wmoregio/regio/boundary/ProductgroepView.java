package nl.wmoregio.regio.boundary;

public record ProductgroepView(String code, String naam, String iwmoProductcategorie) {
}
