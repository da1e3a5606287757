package nl.wmoregio.inkoop.boundary;

public record AanbiederView(long id, String naam, String kvkNummer, String agbCode, String status, boolean bwRecht2014,
                            String contractNummer, String contractStatus, long version) {
}
