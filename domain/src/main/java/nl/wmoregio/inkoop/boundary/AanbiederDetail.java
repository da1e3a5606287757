package nl.wmoregio.inkoop.boundary;

import java.util.List;

public record AanbiederDetail(AanbiederView aanbieder, List<LocatieView> locaties, List<ContactView> contacten,
                              ContractDetail contract) {

    public record LocatieView(String naam, String adres, String postcode, String plaats) {
    }

    public record ContactView(String naam, String functie, String email, String telefoon) {
    }
}
