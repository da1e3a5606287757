package nl.wmoregio.toezicht.control;

import java.time.LocalDate;
import java.util.Locale;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toezicht.boundary.MeldingSoort;

/** Input rules of toezicht: each refusal names its field. */
public final class ToezichtRules {

    public static final int MAX_BIJLAGE_BYTES = 5 * 1024 * 1024;
    /** Allowed attachment types: the declared type must match the file's own signature. */
    public static final java.util.List<String> BIJLAGE_TYPES = java.util.List.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private ToezichtRules() {
    }

    public static <E extends Enum<E>> E code(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("VERPLICHT", field, field + " is verplicht");
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("WAARDE_ONGELDIG", field, field + " kent de waarde " + raw + " niet; toegestaan: "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String tekst(String raw, String field, int max, boolean verplicht) {
        String s = raw == null ? null : raw.strip();
        if (s == null || s.isEmpty()) {
            if (verplicht) {
                throw new DomainException("VERPLICHT", field, field + " is verplicht");
            }
            return null;
        }
        if (s.length() > max) {
            throw new DomainException("TE_LANG", field, field + " mag hoogstens " + max + " tekens hebben");
        }
        return s;
    }

    public static <T> T verplicht(T value, String field) {
        if (value == null) {
            throw new DomainException("VERPLICHT", field, field + " is verplicht");
        }
        return value;
    }

    public static String pseudoniem(String raw) {
        String s = tekst(raw, "clientPseudoniem", 64, false);
        if (s != null && !s.matches("[0-9a-fA-F]{64}")) {
            throw new DomainException("PSEUDONIEM_ONGELDIG", "clientPseudoniem",
                    "Het cliëntpseudoniem is de 64 hexadecimale tekens uit de toegang (nooit een BSN)");
        }
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public static void meldDatums(LocalDate gebeurtenis, LocalDate melddatum, LocalDate vandaag) {
        verplicht(gebeurtenis, "gebeurtenisDatum");
        verplicht(melddatum, "melddatum");
        if (melddatum.isAfter(vandaag)) {
            throw new DomainException("DATUM_IN_TOEKOMST", "melddatum", "De melddatum ligt in de toekomst");
        }
        if (gebeurtenis.isAfter(melddatum)) {
            throw new DomainException("GEBEURTENIS_NA_MELDING", "gebeurtenisDatum", "De gebeurtenis ligt na de melddatum");
        }
    }

    /** Calamiteiten and geweld must be reported within the regional number of working days. */
    public static boolean teLaat(MeldingSoort soort, int werkdagen, int termijn) {
        return (soort == MeldingSoort.CALAMITEIT || soort == MeldingSoort.GEWELD) && werkdagen > termijn;
    }

    public static void periode(LocalDate van, LocalDate tot, String veldTot) {
        if (tot.isBefore(van)) {
            throw new DomainException("EINDE_VOOR_BEGIN", veldTot, "De einddatum ligt voor de begindatum");
        }
    }

    /** The declared type must be allowed and match the first bytes of the file. */
    public static String bijlage(String bestandsnaam, String mediatype, byte[] inhoud) {
        tekst(bestandsnaam, "bestandsnaam", 200, true);
        if (inhoud == null || inhoud.length == 0) {
            throw new DomainException("BIJLAGE_LEEG", "bestand", "Het bestand is leeg");
        }
        if (inhoud.length > MAX_BIJLAGE_BYTES) {
            throw new DomainException("BIJLAGE_TE_GROOT", "bestand", "Een bijlage mag hoogstens 5 MB zijn");
        }
        String type = mediatype == null ? "" : mediatype.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!BIJLAGE_TYPES.contains(type) || !klopt(type, inhoud)) {
            throw new DomainException("BIJLAGE_TYPE", "bestand", "Alleen PDF, PNG, JPEG of platte tekst, en het bestand moet echt van dat type zijn");
        }
        return type;
    }

    static boolean klopt(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
            case "image/png" -> b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
            case "image/jpeg" -> b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
            case "text/plain" -> {
                for (byte x : b) {
                    if (x == 0) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }
}
