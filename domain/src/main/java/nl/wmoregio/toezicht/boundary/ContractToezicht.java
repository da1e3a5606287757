package nl.wmoregio.toezicht.boundary;

import java.util.List;

/** What toezicht has decided about a provider's contract: open suspension or termination measures. */
public record ContractToezicht(long aanbiederId, boolean opschorting, boolean beeindiging, List<MaatregelView> maatregelen) {
}
