package nl.wmoregio.iwmo.control;

/**
 * Every check the iWmo exchange makes, in one place: the rule id people read (TR/CS of iWmo 3.2,
 * or WR for a local rule of the region) and the WJ001 retourcode a provider's software reads
 * (the rule-to-code table of the standard, {@code codelijsten/WJ001_Retourcode.md}). A local rule
 * has no rule id in the standard; it answers with the nearest official code (the XSD allows only
 * WJ001 values) and is documented as local in docs/iwmo.md. Adding a check = one constant here
 * plus one line where it is tested ({@link Declaratiecontrole} or {@link Verwerker}).
 */
public enum Regel {
    // whole message
    TR056("9056", false, "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij"),
    TR135("8848", false, "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen"),
    TR333("9333", false, "DeclaratieNummer is niet uniek voor de aanbieder"),
    TR358("0001", false, "TotaalIngediendBedrag is niet de som van de prestaties (debet min credit): bericht afgekeurd"),
    CS340("0001", false, "DeclaratiePeriode is niet precies een kalendermaand: bericht afgekeurd"),
    /** Not assessed: the message was refused as a whole. */
    NIET_BEOORDEELD("0233", false, "Berichtklasse is niet beoordeeld (het bericht is als geheel afgekeurd)"),
    // declaratie lines
    CS002("0001", false, "Het BSN voldoet niet aan de 11-proef"),
    TR304("8187", false, "De prestatie hoort niet bij deze client (BSN)"),
    TR338("9338", false, "De prestatie hoort niet bij een toegewezen product van deze aanbieder bij deze gemeente"),
    TR314("8021", false, "ReferentieNummer van de prestatie is al eerder aangeleverd"),
    TR346("9346", false, "IngediendBedrag is niet GeleverdVolume x ProductTarief"),
    TR418("0611", false, "ProductTarief wijkt af van het contracttarief"),
    TR339("9339", false, "ProductCategorie wijkt af van de toewijzing"),
    TR340("9340", false, "ProductCode wijkt af van de toewijzing"),
    TR341("9341", false, "Eenheid wijkt af van de toewijzing"),
    TR307("9307", false, "Begindatum ProductPeriode ligt voor de ingangsdatum van de toewijzing"),
    TR308("9308", false, "Einddatum ProductPeriode ligt na de einddatum van de toewijzing"),
    TR319("9319", false, "ProductPeriode valt niet in de DeclaratiePeriode of een voorgaande"),
    TR321("9321", false, "Het gedeclareerde volume overschrijdt het toegewezen volume in de periode"),
    TR322("9322", false, "De som van de gedeclareerde volumes overschrijdt het toegewezen volume"),
    TR369("9369", false, "Het budget van de toewijzing wordt overschreden"),
    TR387("9387", false, "ProductPeriode begint niet op de eerste dag van de maand (en de toewijzing begint niet later in die maand)"),
    TR388("9388", false, "ProductPeriode eindigt niet op de laatste dag van de maand (en de toewijzing eindigt niet eerder in die maand)"),
    TR323("8017", false, "Van deze creditprestatie is geen (goedgekeurde) debetprestatie bekend"),
    TR390("9390", false, "Er is al een creditprestatie voor deze debetprestatie"),
    // start / stop
    TR019("9019", false, "Het start- of stopbericht hoort niet bij een toewijzing van deze aanbieder bij deze gemeente"),
    TR326("9326", false, "Er is al een actueel startbericht: eerst stoppen"),
    TR382("9069", false, "Er is geen actueel startbericht met dezelfde sleutel (ToewijzingNummer, Begindatum)"),
    TR063("9063", false, "StatusAanlevering 3 (verwijderen) zonder eerdere aanlevering met dezelfde sleutel"),
    TR071("9071", false, "Het startbericht kan niet worden verwijderd: de zorg is al beeindigd"),
    TR074("9074", false, "Er is al een bericht met dezelfde sleutel ontvangen"),
    TR415("9415", false, "Er is al een stopbericht met dezelfde sleutel"),
    /** Local: start or stop date outside the toewijzing, or a stop before its start (nearest code: 9019). */
    WR03("9019", true, "Begin- of einddatum valt buiten de toewijzing of de einddatum ligt voor de begindatum"),
    /** Local (issue 13): a declaration for a period after the provider's deelovereenkomst ended (nearest code: 9307). */
    WR08("9307", true, "De deelovereenkomst van de aanbieder voor dit product is beëindigd voor deze periode"),
    /** Local (issue 13): a start of care after the provider's deelovereenkomst ended (nearest code: 9019). */
    WR09("9019", true, "De deelovereenkomst van de aanbieder voor dit product is beëindigd op de begindatum"),
    /**
     * Local (issue 16 L17): the BSN cannot be checked against the toewijzing's client (no BSN key
     * configured, or no BSN known for the client), so the line is refused rather than accepted
     * unchecked (nearest code: 8187, as TR304).
     */
    WR10("8187", true, "Het BSN kan niet worden gecontroleerd tegen de client van de toewijzing");

    private final String code;
    private final boolean lokaal;
    private final String betekenis;

    Regel(String code, boolean lokaal, String betekenis) {
        this.code = code;
        this.lokaal = lokaal;
        this.betekenis = betekenis;
    }

    /** The WJ001 retourcode. */
    public String code() {
        return code;
    }

    /** True for a rule of the region that the iWmo standard does not name. */
    public boolean lokaal() {
        return lokaal;
    }

    public String betekenis() {
        return betekenis;
    }

    /** No remarks on this message class. */
    public static final String GEEN_OPMERKING = "0200";
    /** WMO325: the declaration is accepted in full. */
    public static final String VOLLEDIG_TOEGEWEZEN = "8001";
}
