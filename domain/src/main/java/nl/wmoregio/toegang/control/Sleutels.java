package nl.wmoregio.toegang.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two client keys from MicroProfile Config: {@code wmo.bsn-sleutel} (AES-256, env WMO_BSN_SLEUTEL)
 * and {@code wmo.pseudoniem-sleutel} (HMAC, env WMO_PSEUDONIEM_SLEUTEL), both base64 of 32 random
 * bytes. They are never in the repository; without them no client identity can be stored or found.
 */
@ApplicationScoped
public class Sleutels {

    @Inject
    @ConfigProperty(name = "wmo.bsn-sleutel")
    Optional<String> bsnSleutel;

    @Inject
    @ConfigProperty(name = "wmo.pseudoniem-sleutel")
    Optional<String> pseudoniemSleutel;

    private BsnVersleuteling versleuteling;
    private Pseudoniemen pseudoniemen;

    public synchronized BsnVersleuteling versleuteling() {
        if (versleuteling == null) {
            versleuteling = new BsnVersleuteling(decode(bsnSleutel, "wmo.bsn-sleutel (WMO_BSN_SLEUTEL)"));
        }
        return versleuteling;
    }

    public synchronized Pseudoniemen pseudoniemen() {
        if (pseudoniemen == null) {
            pseudoniemen = new Pseudoniemen(decode(pseudoniemSleutel, "wmo.pseudoniem-sleutel (WMO_PSEUDONIEM_SLEUTEL)"));
        }
        return pseudoniemen;
    }

    public boolean aanwezig() {
        return bsnSleutel.filter(s -> !s.isBlank()).isPresent() && pseudoniemSleutel.filter(s -> !s.isBlank()).isPresent();
    }

    private static byte[] decode(Optional<String> waarde, String naam) {
        String s = waarde.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("Configuratie " + naam + " ontbreekt: geef een base64-sleutel van 32 bytes"));
        try {
            return Base64.getDecoder().decode(s.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Configuratie " + naam + " is geen geldige base64");
        }
    }
}
