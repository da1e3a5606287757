package nl.wmoregio.iwmo.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The answer (JSON beside the XML retour message WMO325/WMO306/WMO308) to a received message: per line accepted or rejected with the return
 * codes. {@code alVerwerkt} is true when the same message (same bytes) was received before: the
 * answer is then the original one and nothing changed.
 */
public record Verwerking(long id, String berichttype, String berichtcode, String identificatie, String afzender,
                         String ontvanger, LocalDateTime ontvangenOp, String ontvangenDoor, boolean alVerwerkt, int regels,
                         int goedgekeurd, int afgekeurd, long goedgekeurdBedragCent, List<Retourcode> berichtcodes,
                         List<Regelresultaat> regelresultaten, boolean geheelAfgekeurd, String retourBerichttype,
                         String retourIdentificatie) {

    public Verwerking alsHerhaling() {
        return new Verwerking(id, berichttype, berichtcode, identificatie, afzender, ontvanger, ontvangenOp, ontvangenDoor, true,
                regels, goedgekeurd, afgekeurd, goedgekeurdBedragCent, berichtcodes, regelresultaten, geheelAfgekeurd,
                retourBerichttype, retourIdentificatie);
    }
}
