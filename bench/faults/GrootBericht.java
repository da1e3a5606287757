import java.util.Random;

/**
 * Prints a large, XSD-valid iWmo 3.2 WMO323 declaration for the fault drills:
 * {@code java bench/faults/GrootBericht.java AGB GEMEENTECODE CLIENTS}. Synthetic BSNs (start
 * with 9, pass the 11-proef), one line per client, toewijzing numbers that do not exist.
 */
public final class GrootBericht {

    public static void main(String[] args) {
        String agb = args[0];
        String gemeente = args[1];
        int clients = Integer.parseInt(args[2]);
        String id = "GB" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String basis = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
        StringBuilder sb = new StringBuilder(clients * 1200);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\" xmlns:iwmo=\"")
                .append(basis).append("\">\n<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode><wmo323:BerichtVersie>3</wmo323:BerichtVersie>")
                .append("<wmo323:BerichtSubversie>2</wmo323:BerichtSubversie><wmo323:Afzender>").append(agb).append("</wmo323:Afzender>")
                .append("<wmo323:Ontvanger>").append(gemeente).append("</wmo323:Ontvanger><wmo323:BerichtIdentificatie><iwmo:Identificatie>")
                .append(id).append("</iwmo:Identificatie><iwmo:Dagtekening>2024-02-03</iwmo:Dagtekening></wmo323:BerichtIdentificatie>")
                .append("<wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>")
                .append("</wmo323:XsdVersie></wmo323:Header>\n<wmo323:Declaratie><wmo323:DeclaratieNummer>").append(id)
                .append("</wmo323:DeclaratieNummer>\n<wmo323:DeclaratiePeriode><iwmo:Begindatum>2024-01-01</iwmo:Begindatum><iwmo:Einddatum>2024-01-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>\n")
                .append("<wmo323:DeclaratieDagtekening>2024-02-03</wmo323:DeclaratieDagtekening>\n<wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>")
                .append(3000L * clients).append("</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>\n");
        Random rnd = new Random(42);
        for (int c = 0; c < clients; c++) {
            sb.append("<wmo323:Client><wmo323:Bsn>").append(bsn(rnd)).append("</wmo323:Bsn><wmo323:Prestaties><wmo323:Prestatie>")
                    .append("<wmo323:ProductReferentie><iwmo:ReferentieNummer>").append(id).append('R').append(c)
                    .append("</iwmo:ReferentieNummer></wmo323:ProductReferentie><wmo323:ToewijzingNummer>").append(900_000_000 + c)
                    .append("</wmo323:ToewijzingNummer><wmo323:ProductCategorie>01</wmo323:ProductCategorie><wmo323:ProductCode>01A01</wmo323:ProductCode>")
                    .append("<wmo323:ProductPeriode><iwmo:Begindatum>2024-01-01</iwmo:Begindatum><iwmo:Einddatum>2024-01-31</iwmo:Einddatum></wmo323:ProductPeriode>")
                    .append("<wmo323:GeleverdVolume>1</wmo323:GeleverdVolume><wmo323:Eenheid>14</wmo323:Eenheid><wmo323:ProductTarief>3000</wmo323:ProductTarief>")
                    .append("<wmo323:IngediendBedrag><iwmo:Bedrag>3000</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag>")
                    .append("</wmo323:Prestatie></wmo323:Prestaties></wmo323:Client>\n");
        }
        sb.append("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n");
        System.out.print(sb);
    }

    static String bsn(Random rnd) {
        while (true) {
            int[] d = new int[9];
            d[0] = 9;
            for (int i = 1; i < 9; i++) {
                d[i] = rnd.nextInt(10);
            }
            int som = -d[8];
            for (int i = 0; i < 8; i++) {
                som += d[i] * (9 - i);
            }
            if (som % 11 == 0) {
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
