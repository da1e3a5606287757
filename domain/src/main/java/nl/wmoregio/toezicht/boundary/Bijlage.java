package nl.wmoregio.toezicht.boundary;


/** An attachment with its content, for download. */
public record Bijlage(String bestandsnaam, String mediatype, byte[] inhoud) {
}
