package nl.wmoregio.inkoop.boundary;

/** @param zoek part of the name or the KvK number; @param status ACTIEF/INACTIEF or null; @param gecontracteerd only providers with an active contract */
public record AanbiederFilter(String zoek, String status, Boolean gecontracteerd) {
}
