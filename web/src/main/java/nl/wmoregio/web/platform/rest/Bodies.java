package nl.wmoregio.web.platform.rest;

import nl.wmoregio.shared.DomainException;

/** A missing JSON body is a 400 problem, not a NullPointerException. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new DomainException("BODY_VERPLICHT", null, "Het verzoek heeft een JSON-body nodig");
        }
        return body;
    }

    /** An uploaded file, or null when it is larger than {@code max} bytes (read no further than that). */
    public static byte[] bestand(java.io.InputStream body, int max) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] inhoud = body.readNBytes(max + 1);
            if (inhoud.length > max) {
                overslaan(body); // so the client, still sending, gets to read our 413 instead of a reset
                return null;
            }
            return inhoud;
        } catch (java.io.IOException e) {
            throw new DomainException("BESTAND_ONLEESBAAR", "bestand", "Het bestand kon niet worden gelezen");
        }
    }

    /** Reads and drops what is left of an over-size body, up to {@value #MAX_OVERSLAAN} bytes (then the connection may close). */
    private static void overslaan(java.io.InputStream body) throws java.io.IOException {
        byte[] buffer = new byte[64 * 1024];
        long gelezen = 0;
        int n;
        while (gelezen < MAX_OVERSLAAN && (n = body.read(buffer)) != -1) {
            gelezen += n;
        }
    }

    static final long MAX_OVERSLAAN = 64L * 1024 * 1024;
}
