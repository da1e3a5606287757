package nl.wmoregio.gebruiker.boundary;

/** Part of the name or full name, one role, active or not; null = no filter. */
public record GebruikerFilter(String tekst, String rol, Boolean actief) {
}
