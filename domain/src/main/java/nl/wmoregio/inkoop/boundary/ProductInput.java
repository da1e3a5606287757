package nl.wmoregio.inkoop.boundary;

/**
 * A product of the catalogue in iWmo terms.
 *
 * @param iwmoProductcategorie code list WMO020 (01-18)
 * @param bekostiging          OUTPUT, INSPANNING or TRAJECT
 * @param eenheid              code list WJ756 (01, 04, 14, 16, 82, 83, 84)
 * @param frequentie           code list WMO757 (1, 2, 4, 6)
 * @param categorieen          prestatie categories of an output product, comma separated, or empty
 */
public record ProductInput(String code, String naam, String productgroep, String iwmoProductcategorie, String bekostiging,
                           String eenheid, String frequentie, String categorieen) {
}
