package nl.wmoregio.privacy.boundary;

/** A change of a retention setting: months (1..600) and whether the job applies it. */
public record BewaartermijnInput(Integer maanden, Boolean actief) {
}
