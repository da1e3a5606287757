package nl.wmoregio.toezicht.boundary;

/** Measures along the cirkel van naleving, lightest first. */
public enum MaatregelType { ADVIES, VERBETERPLAN, HERHAALONDERZOEK, FORMELE_WAARSCHUWING, AANWIJZING, LAST_ONDER_DWANGSOM, OPSCHORTING_CONTRACT, BEEINDIGING_CONTRACT }
