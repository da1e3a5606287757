package nl.wmoregio.iwmo.control;

/** Crafted iWmo 3.2 messages for the tests. */
final class Voorbeelden {

    static final String WMO323 = "http://www.istandaarden.nl/iwmo/3_2/wmo323/schema";
    static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    private Voorbeelden() {
    }

    static String header(String prefix, String code, String afzender, String ontvanger, String id) {
        return "<" + prefix + ":Header>"
                + "<" + prefix + ":BerichtCode>" + code + "</" + prefix + ":BerichtCode>"
                + "<" + prefix + ":BerichtVersie>3</" + prefix + ":BerichtVersie>"
                + "<" + prefix + ":BerichtSubversie>2</" + prefix + ":BerichtSubversie>"
                + "<" + prefix + ":Afzender>" + afzender + "</" + prefix + ":Afzender>"
                + "<" + prefix + ":Ontvanger>" + ontvanger + "</" + prefix + ":Ontvanger>"
                + "<" + prefix + ":BerichtIdentificatie><iwmo:Identificatie>" + id + "</iwmo:Identificatie>"
                + "<iwmo:Dagtekening>2035-02-03</iwmo:Dagtekening></" + prefix + ":BerichtIdentificatie>"
                + "<" + prefix + ":XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
                + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></" + prefix + ":XsdVersie>"
                + "</" + prefix + ":Header>";
    }

    static String prestatie(String ref, long toewijzing, String cat, String code, String begin, String eind, long volume,
                            String eenheid, Long tarief, long bedrag) {
        return "<wmo323:Prestatie>"
                + "<wmo323:ProductReferentie><iwmo:ReferentieNummer>" + ref + "</iwmo:ReferentieNummer></wmo323:ProductReferentie>"
                + "<wmo323:ToewijzingNummer>" + toewijzing + "</wmo323:ToewijzingNummer>"
                + "<wmo323:ProductCategorie>" + cat + "</wmo323:ProductCategorie>"
                + "<wmo323:ProductCode>" + code + "</wmo323:ProductCode>"
                + "<wmo323:ProductPeriode><iwmo:Begindatum>" + begin + "</iwmo:Begindatum><iwmo:Einddatum>" + eind
                + "</iwmo:Einddatum></wmo323:ProductPeriode>"
                + "<wmo323:GeleverdVolume>" + volume + "</wmo323:GeleverdVolume>"
                + "<wmo323:Eenheid>" + eenheid + "</wmo323:Eenheid>"
                + (tarief == null ? "" : "<wmo323:ProductTarief>" + tarief + "</wmo323:ProductTarief>")
                + "<wmo323:IngediendBedrag><iwmo:Bedrag>" + bedrag + "</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag>"
                + "</wmo323:Prestatie>";
    }

    static String wmo323(String afzender, String ontvanger, String id, String bsn, long totaal, String... prestaties) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wmo323:Bericht xmlns:wmo323=\"" + WMO323 + "\" xmlns:iwmo=\"" + BASIS + "\">\n"
                + header("wmo323", "484", afzender, ontvanger, id) + "\n"
                + "<wmo323:Declaratie><wmo323:DeclaratieNummer>" + id + "</wmo323:DeclaratieNummer>\n"
                + "<wmo323:DeclaratiePeriode><iwmo:Begindatum>2035-01-01</iwmo:Begindatum><iwmo:Einddatum>2035-01-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>\n"
                + "<wmo323:DeclaratieDagtekening>2035-02-03</wmo323:DeclaratieDagtekening>\n"
                + "<wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>" + totaal + "</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n"
                + "<wmo323:Clienten><wmo323:Client><wmo323:Bsn>" + bsn + "</wmo323:Bsn><wmo323:Prestaties>\n"
                + String.join("\n", prestaties)
                + "\n</wmo323:Prestaties></wmo323:Client></wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n";
    }
}
