package nl.wmoregio.web.warehouse;

import java.lang.reflect.RecordComponent;
import java.util.List;
import nl.wmoregio.sturing.boundary.Sturing;
import nl.wmoregio.sturing.boundary.SturingService;

/** The result tables by name, and CSV of any list of records (header = component names). */
final class SturingTabellen {

    private SturingTabellen() {
    }

    static List<? extends Record> rijen(SturingService s, String tabel, Sturing.Filter f) {
        return switch (tabel) {
            case "indicatoren" -> s.indicatoren(f, 100_000);
            case "maanden" -> s.maanden(f);
            case "productgroepen" -> s.perProductgroep(f);
            case "stromen" -> s.stromen(f);
            case "aanbieders" -> s.aanbieders(f);
            case "doorstroom" -> s.doorstroom(f);
            case "projecties" -> s.projecties(f);
            default -> throw new IllegalArgumentException(tabel);
        };
    }

    static String csv(List<? extends Record> rijen) {
        StringBuilder sb = new StringBuilder();
        if (rijen.isEmpty()) {
            return "";
        }
        RecordComponent[] comps = rijen.get(0).getClass().getRecordComponents();
        Object[] header = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            header[i] = comps[i].getName();
        }
        sb.append(nl.wmoregio.inkoop.boundary.Csv.row(header));
        for (Record r : rijen) {
            Object[] values = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                try {
                    values[i] = comps[i].getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(nl.wmoregio.inkoop.boundary.Csv.row(values));
        }
        return sb.toString();
    }
}
