package nl.wmoregio.ceo.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a response file as survey agencies deliver it: one answer per line,
 * {@code respondent;vraag;antwoord} (comma also accepted), a header line first. Answer codes:
 * 1-5 on the five-point scale (1 helemaal oneens .. 5 helemaal eens), 1 ja / 2 nee for yes/no
 * questions, 8 n.v.t., 9 weet niet, empty = blank. Every line is checked; row numbers are line
 * numbers in the file (the header is line 1).
 */
public final class AntwoordenCsv {

    private AntwoordenCsv() {
    }

    public record Regel(int regel, String respondent, String vraag, Integer antwoord) {
    }

    public record Fout(int regel, String code, String veld, String melding) {
    }

    public record Controle(int regels, List<Regel> goed, List<Fout> fouten) {
    }

    /**
     * @param vraagTypes  question code -> SCHAAL5 or JANEE: the questions this round knows
     * @param respondenten the respondent keys of this round's sample
     */
    public static Controle controleer(String inhoud, Map<String, String> vraagTypes, Set<String> respondenten) {
        List<Regel> goed = new ArrayList<>();
        List<Fout> fouten = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        String[] lines = (inhoud == null ? "" : inhoud.replace("\uFEFF", "")).split("\\r?\\n", -1);
        int regels = 0;
        for (int i = 0; i < lines.length; i++) {
            int nummer = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (i == 0 && line.toLowerCase(Locale.ROOT).contains("respondent")) {
                continue;
            }
            regels++;
            String[] velden = line.split(line.contains(";") ? ";" : ",", -1);
            if (velden.length != 3) {
                fouten.add(new Fout(nummer, "KOLOMMEN", null, "Verwacht 3 kolommen (respondent;vraag;antwoord), gevonden " + velden.length));
                continue;
            }
            String respondent = schoon(velden[0]);
            String vraag = schoon(velden[1]).toUpperCase(Locale.ROOT);
            String antwoordTekst = schoon(velden[2]);
            if (!respondenten.contains(respondent)) {
                fouten.add(new Fout(nummer, "RESPONDENT_ONBEKEND", "respondent", "Respondent '" + respondent + "' zit niet in de steekproef van deze ronde"));
                continue;
            }
            String type = vraagTypes.get(vraag);
            if (type == null) {
                fouten.add(new Fout(nummer, "VRAAG_ONBEKEND", "vraag", "Vraag '" + vraag + "' bestaat niet in deze vragenlijst"));
                continue;
            }
            Integer antwoord;
            try {
                antwoord = antwoord(antwoordTekst, type);
            } catch (IllegalArgumentException e) {
                fouten.add(new Fout(nummer, "ANTWOORD_BUITEN_BEREIK", "antwoord", e.getMessage()));
                continue;
            }
            if (!gezien.add(respondent + "|" + vraag)) {
                fouten.add(new Fout(nummer, "DUBBELE_RESPONDENT", "respondent", "Respondent '" + respondent
                        + "' beantwoordt vraag " + vraag + " al eerder in dit bestand"));
                continue;
            }
            goed.add(new Regel(nummer, respondent, vraag, antwoord));
        }
        return new Controle(regels, goed, fouten);
    }

    /** The answer code, or null for blank. */
    static Integer antwoord(String tekst, String type) {
        if (tekst.isEmpty()) {
            return null;
        }
        String t = tekst.toLowerCase(Locale.ROOT);
        if (t.equals("weet niet") || t.equals("wn")) {
            return Uitslag.WEET_NIET;
        }
        if (t.equals("n.v.t.") || t.equals("nvt")) {
            return Uitslag.NVT;
        }
        int code;
        try {
            code = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Antwoord '" + tekst + "' is geen antwoordcode");
        }
        int max = "JANEE".equals(type) ? 2 : 5;
        if (code == Uitslag.WEET_NIET || code == Uitslag.NVT || (code >= 1 && code <= max)) {
            return code;
        }
        throw new IllegalArgumentException("Antwoord " + code + " ligt buiten 1-" + max + " (8 n.v.t., 9 weet niet, leeg = blanco)");
    }

    private static String schoon(String veld) {
        String s = veld.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
