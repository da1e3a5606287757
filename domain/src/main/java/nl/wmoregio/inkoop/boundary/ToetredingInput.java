package nl.wmoregio.inkoop.boundary;

import java.util.List;

public record ToetredingInput(Long aanbiederId, Long momentId, List<String> producten) {
}
