package nl.wmoregio.inkoop.boundary;

import java.time.LocalDate;
import java.util.List;

public record ProcedureView(long id, String naam, String productgroep, String type, Integer maxAanbieders,
                            LocalDate contractVan, LocalDate contractTot, List<MomentView> toetredingsmomenten,
                            List<EisView> eisen, long aantalGecontracteerd) {

    public record MomentView(long id, LocalDate datum) {
    }

    public record EisView(long id, String code, String omschrijving, boolean verplicht) {
    }
}
