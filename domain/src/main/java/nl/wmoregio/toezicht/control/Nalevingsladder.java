package nl.wmoregio.toezicht.control;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoregio.shared.DomainException;
import nl.wmoregio.toezicht.boundary.MaatregelType;

/**
 * The cirkel van naleving as a ladder (issue 13 rule 3): communicatie and dienstverlening (advies,
 * verbeterplan) first, then controleren (herhaalonderzoek), then sanctioneren step by step
 * (formele waarschuwing, aanwijzing, last onder dwangsom or opschorting, beëindiging). A measure on
 * step n needs an earlier measure for the same provider on step n-1 or higher, or a recorded reason
 * to skip (for example acute danger after a calamiteit). Pure: no database.
 */
public final class Nalevingsladder {

    public static final int MIN_REDEN = 10;

    private Nalevingsladder() {
    }

    public static int trede(MaatregelType type) {
        return switch (type) {
            case ADVIES, VERBETERPLAN -> 1;
            case HERHAALONDERZOEK -> 2;
            case FORMELE_WAARSCHUWING -> 3;
            case AANWIJZING -> 4;
            case LAST_ONDER_DWANGSOM, OPSCHORTING_CONTRACT -> 5;
            case BEEINDIGING_CONTRACT -> 6;
        };
    }

    /**
     * Checks the step; returns the reason to skip when one was needed (to be recorded), else null.
     *
     * @param eerder the types of the provider's earlier measures (any onderzoek, open or closed)
     */
    public static String controleer(MaatregelType nieuw, Collection<MaatregelType> eerder, String redenOverslaan) {
        int trede = trede(nieuw);
        int hoogste = eerder.stream().mapToInt(Nalevingsladder::trede).max().orElse(0);
        if (trede <= 1 || hoogste >= trede - 1) {
            return null;
        }
        String reden = redenOverslaan == null ? "" : redenOverslaan.strip();
        if (reden.length() < MIN_REDEN) {
            List<String> lichter = Stream.of(MaatregelType.values()).filter(t -> trede(t) == trede - 1).map(Enum::name).toList();
            throw new DomainException("NALEVINGSLADDER", "redenOverslaan", "Een " + nieuw + " vraagt eerst een lichtere maatregel ("
                    + String.join(" of ", lichter) + ") bij deze aanbieder, of een vastgelegde reden om die over te slaan "
                    + "(bijvoorbeeld acuut gevaar na een calamiteit), minstens " + MIN_REDEN + " tekens");
        }
        if (reden.length() > 1000) {
            throw new DomainException("TE_LANG", "redenOverslaan", "De reden mag hoogstens 1000 tekens hebben");
        }
        return reden;
    }
}
