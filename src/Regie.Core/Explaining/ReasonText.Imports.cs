using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Imports;
using Regie.Core.Landscape;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>
    /// An import problem as one line: the file, the place in it ("Rij 3, kolom 'leerlingen'" or a JSON path) and the
    /// reason, so a user with several files knows which one to open.
    /// </summary>
    public static string Render(ImportIssue issue, CultureInfo culture)
    {
        var message = Render(issue.Why, culture);
        var place = issue.JsonPath is { } path ? path + ": " : Place(issue.Row, issue.Column, culture) is { Length: > 0 } at ? at + ": " : "";
        return string.IsNullOrEmpty(issue.File) ? place + message : $"{issue.File}: {place}{message}";
    }

    /// <summary>A spreadsheet row and column as the user finds them ("Rij 3, kolom 'naam'", "Row 3"); empty when neither is known.</summary>
    public static string Place(int? row, string? column, CultureInfo culture) => (row, column, IsEnglish(culture)) switch
    {
        ({ } r, { } c, false) => $"Rij {r.ToString(culture)}, kolom '{c}'",
        ({ } r, { } c, true) => $"Row {r.ToString(culture)}, column '{c}'",
        ({ } r, null, false) => $"Rij {r.ToString(culture)}",
        ({ } r, null, true) => $"Row {r.ToString(culture)}",
        (null, { } c, false) => $"Kolom '{c}'",
        (null, { } c, true) => $"Column '{c}'",
        _ => "",
    };

    /// <summary>A field of a service as the inventory template names it ("leerlingen", "pupils").</summary>
    public static string FieldName(ServiceField field, CultureInfo culture) => (field, IsEnglish(culture)) switch
    {
        (ServiceField.CatalogProduct, false) => "catalogusproduct",
        (ServiceField.CatalogProduct, true) => "catalog product",
        (ServiceField.Processes, false) => "processen",
        (ServiceField.Processes, true) => "processes",
        (ServiceField.Pupils, false) => "leerlingen",
        (ServiceField.Pupils, true) => "pupils",
        (ServiceField.Staff, false) => "medewerkers",
        (ServiceField.Staff, true) => "staff",
        (ServiceField.DataCategories, false) => "persoonsgegevens",
        (ServiceField.DataCategories, true) => "personal data",
        (ServiceField.Vendor, false) => "leverancier",
        (ServiceField.Vendor, true) => "vendor",
        (ServiceField.HostingProvider, false) => "hostingpartij",
        (ServiceField.HostingProvider, true) => "hosting provider",
        (ServiceField.HostingRegion, false) => "regio",
        (ServiceField.HostingRegion, true) => "region",
        (ServiceField.DataLocation, false) => "datalocatie",
        (ServiceField.DataLocation, true) => "data location",
        (ServiceField.ContractEnd, false) => "contract-einde",
        (ServiceField.ContractEnd, true) => "contract end",
        (ServiceField.ExitClause, false) => "exitclausule",
        (ServiceField.ExitClause, true) => "exit clause",
        (ServiceField.ExportFormats, false) => "exportformaten",
        (ServiceField.ExportFormats, true) => "export formats",
        (ServiceField.Dpia, _) => "DPIA",
        (ServiceField.Kia, false) => "KIA",
        (ServiceField.Kia, true) => "CRIA",
        (ServiceField.AnnualCost, false) => "jaarkosten",
        (ServiceField.AnnualCost, true) => "annual cost",
        (ServiceField.Notes, false) => "notities",
        (ServiceField.Notes, true) => "notes",
        _ => field.ToString(),
    };

    /// <summary>A field's value as a reader sees it: "onbekend" for unknown, lists with commas, amounts and dates in the culture.</summary>
    public static string FieldValue(object? value, CultureInfo culture)
    {
        var english = IsEnglish(culture);
        return value switch
        {
            null or Tri.Unknown or AssessmentStatus.Unknown or DataLocation.Unknown => english ? "unknown" : "onbekend",
            string text => text,
            IEnumerable<string> list => list.Any() ? string.Join(", ", list) : english ? "unknown" : "onbekend",
            Tri.Yes => english ? "yes" : "ja",
            Tri.No => english ? "no" : "nee",
            AssessmentStatus.NotStarted => english ? "not started" : "niet gestart",
            AssessmentStatus.InProgress => english ? "in progress" : "bezig",
            AssessmentStatus.Done => english ? "done" : "klaar",
            AssessmentStatus.NotNeeded => english ? "not needed" : "niet nodig",
            DataLocation.EuOnly => english ? "EU only" : "alleen in de EU",
            DataLocation.EuDefault => english ? "EU by default" : "standaard in de EU",
            DataLocation.OutsideEu => english ? "outside the EU" : "buiten de EU",
            DateOnly date => date.ToString("d MMMM yyyy", culture),
            decimal amount => amount.ToString("N2", culture),
            IFormattable number => number.ToString(null, culture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>A dependency an import adds, as a line: "Magister logt in via Microsoft Entra ID".</summary>
    public static string Edge(ImportedEdge edge, CultureInfo culture) => $"{edge.From} {Edge(edge.Kind, culture)} {edge.To}";

    /// <summary>One change as a line: "leerlingen: 120 → 150".</summary>
    public static string Change(FieldChange change, CultureInfo culture) =>
        $"{FieldName(change.Field, culture)}: {FieldValue(change.Old, culture)} → {FieldValue(change.New, culture)}";

    private static string? Import(ImportReason reason, bool english, CultureInfo culture)
    {
        string List(IEnumerable<string> items) => string.Join(", ", items);
        string Shape(JsonShape shape) => (shape, english) switch
        {
            (JsonShape.Object, false) => "een object",
            (JsonShape.Object, true) => "an object",
            (JsonShape.List, false) => "een lijst",
            (JsonShape.List, true) => "a list",
            (JsonShape.Text, false) => "tekst",
            (JsonShape.Text, true) => "text",
            (JsonShape.Number, false) => "een getal",
            (JsonShape.Number, true) => "a number",
            (JsonShape.Boolean, false) => "ja/nee (boolean)",
            (JsonShape.Boolean, true) => "true/false (boolean)",
            (JsonShape.Null, _) => "null",
            (_, false) => "niets",
            (_, true) => "nothing",
        };
        string Megabytes(int bytes) => (bytes / (1024 * 1024)).ToString(culture);
        string Score(double? score) => score is { } s ? s.ToString("0.0", culture) : english ? "none (incomplete)" : "geen (onvolledig)";

        return (reason, english) switch
        {
            (FileEmpty, false) => "het bestand is leeg: er staat geen kopregel met kolomnamen in.",
            (FileEmpty, true) => "the file is empty: it has no header row with column names.",
            (NoRows, false) => "het bestand noemt geen enkele dienst (alleen kolomnamen, of geen diensten in het model); er is niets ingelezen en niets verwijderd.",
            (NoRows, true) => "the file names no service (only column names, or no services in the model); nothing was read and nothing removed.",
            (NotATextFile, false) => "dit is geen tekstbestand (CSV). Download de lijst opnieuw als CSV.",
            (NotATextFile, true) => "this is not a text file (CSV). Download the list again as CSV.",
            (NotAnExcelFile, false) => "dit is geen leesbaar Excel-bestand. Sla het in Excel op als 'Excel-werkmap (.xlsx)', of gebruik CSV.",
            (NotAnExcelFile, true) => "this is not a readable Excel file. Save it in Excel as 'Excel Workbook (.xlsx)', or use CSV.",
            (InventoryIsCsvOrXlsx, false) => "een inventaris is een .csv- of .xlsx-bestand.",
            (InventoryIsCsvOrXlsx, true) => "an inventory is a .csv or .xlsx file.",
            (FileTooLarge r, false) => $"het bestand is groter dan {Megabytes(r.MaxBytes)} MB; Regie leest hoogstens {Megabytes(r.MaxBytes)} MB per bestand. Splits het bestand en importeer de delen één voor één. Er is niets ingelezen.",
            (FileTooLarge r, true) => $"the file is larger than {Megabytes(r.MaxBytes)} MB; Regie reads at most {Megabytes(r.MaxBytes)} MB per file. Split the file and import the parts one by one. Nothing was read.",
            (TooManyRows r, false) => $"het bestand heeft meer dan {r.MaxRows.ToString("N0", culture)} rijen; Regie leest hoogstens {r.MaxRows.ToString("N0", culture)} rijen per bestand. Splits het bestand en importeer de delen één voor één. Er is niets opgeslagen.",
            (TooManyRows r, true) => $"the file has more than {r.MaxRows.ToString("N0", culture)} rows; Regie reads at most {r.MaxRows.ToString("N0", culture)} rows per file. Split the file and import the parts one by one. Nothing was stored.",
            (NotStored r, false) => $"de database weigerde dit op te slaan ({r.Detail}). Er is niets opgeslagen; probeer het opnieuw of meld het de beheerder.",
            (NotStored r, true) => $"the database refused to store this ({r.Detail}). Nothing was stored; try again or tell the administrator.",
            (ServiceNameTakenMeanwhile r, false) => $"tegelijk is elders een dienst '{r.Service}' opgeslagen. Er is niets opgeslagen; importeer het bestand opnieuw, dan sluit deze rij bij die dienst aan.",
            (ServiceNameTakenMeanwhile r, true) => $"a service '{r.Service}' was stored elsewhere at the same moment. Nothing was stored; import the file again and this row joins that service.",
            (NotUtf8 r, false) => $"het bestand is geen geldige UTF-8-tekst (byte {r.Byte.ToString(culture)}). Exporteer het bestand opnieuw.",
            (NotUtf8 r, true) => $"the file is not valid UTF-8 text (byte {r.Byte.ToString(culture)}). Export the file again.",
            (NotJson r, false) => "dit is geen geldige JSON" + (r.Line is { } line ? $" (regel {line.ToString(culture)}, positie {(r.Position ?? 1).ToString(culture)})" : "") + ". Exporteer het bestand opnieuw.",
            (NotJson r, true) => "this is not valid JSON" + (r.Line is { } line ? $" (line {line.ToString(culture)}, position {(r.Position ?? 1).ToString(culture)})" : "") + ". Export the file again.",

            (UnknownColumn r, false) => $"onbekende kolom. Bekende kolommen: {List(r.Known)}.",
            (UnknownColumn r, true) => $"unknown column. Known columns: {List(r.Known)}.",
            (ColumnTwice r, false) => $"kolom '{r.Column}' staat er twee keer in.",
            (ColumnTwice r, true) => $"column '{r.Column}' appears twice.",
            (NameColumnMissing, false) => "de verplichte kolom 'naam' ontbreekt in de kopregel.",
            (NameColumnMissing, true) => "the required column 'naam' (name) is missing from the header row.",
            (EntraNameColumnMissing, false) => "de kolom 'Name' ontbreekt in de kopregel (in de download van Entra heet die 'displayName'). Download de lijst in Entra via Enterprise applications → All applications → Download.",
            (EntraNameColumnMissing, true) => "the column 'Name' is missing from the header row (Entra's download calls it 'displayName'). Download the list in Entra through Enterprise applications → All applications → Download.",
            (GoogleNameColumnMissing, false) => "de kolom 'App name' ontbreekt in de kopregel. Download de lijst in de Google Admin-console via Beveiliging → API-beheer → Toegang van apps van derden beheren.",
            (GoogleNameColumnMissing, true) => "the column 'App name' is missing from the header row. Download the list in the Google Admin console through Security → API controls → Manage Third-Party App Access.",
            (ValueInUnnamedColumn r, false) => $"er staat een waarde in kolom {r.ColumnNumber.ToString(culture)}, die geen kopnaam heeft; geef de kolom een naam of maak de cel leeg.",
            (ValueInUnnamedColumn r, true) => $"column {r.ColumnNumber.ToString(culture)} holds a value but has no header; name the column or empty the cell.",
            (QuotesDoNotMatch, false) => "aanhalingstekens kloppen niet in deze regel.",
            (QuotesDoNotMatch, true) => "the quotation marks in this line do not match.",

            (NameMissing, false) => "naam ontbreekt; elke dienst heeft een naam nodig.",
            (NameMissing, true) => "the name is missing; every service needs a name.",
            (NameTooLong r, false) => $"de naam is langer dan {r.MaxCharacters.ToString(culture)} tekens.",
            (NameTooLong r, true) => $"the name is longer than {r.MaxCharacters.ToString(culture)} characters.",
            (NameHasControlCharacters, false) => "de naam bevat onzichtbare stuurtekens (zoals NUL of een teken dat de leesrichting omdraait); typ de naam opnieuw.",
            (NameHasControlCharacters, true) => "the name contains hidden control characters (such as NUL or a character that reverses the reading direction); type the name again.",
            (NotANumber r, false) => $"'{r.Value}' is geen getal.",
            (NotANumber r, true) => $"'{r.Value}' is not a number.",
            (NegativeValue r, false) => $"'{r.Value}' mag niet negatief zijn.",
            (NegativeValue r, true) => $"'{r.Value}' must not be negative.",
            (CountOutOfRange r, false) => $"'{r.Value}' is te groot: een aantal van 0 tot en met {r.Max.ToString("N0", culture)}.",
            (CountOutOfRange r, true) => $"'{r.Value}' is too large: a count from 0 to {r.Max.ToString("N0", culture)}.",
            (AmountOutOfRange r, false) => $"'{r.Value}' is te groot: een bedrag van 0 tot en met {r.Max.ToString("N0", culture)} euro.",
            (AmountOutOfRange r, true) => $"'{r.Value}' is too large: an amount from 0 to {r.Max.ToString("N0", culture)} euros.",
            (NotAnAmount r, false) => $"'{r.Value}' is geen bedrag.",
            (NotAnAmount r, true) => $"'{r.Value}' is not an amount.",
            (NotADate r, false) => $"'{r.Value}' is geen datum. Schrijf JJJJ-MM-DD of DD-MM-JJJJ.",
            (NotADate r, true) => $"'{r.Value}' is not a date. Write YYYY-MM-DD or DD-MM-YYYY.",
            (NotYesOrNo r, false) => $"'{r.Value}' is geen ja, nee of onbekend.",
            (NotYesOrNo r, true) => $"'{r.Value}' is not yes, no or unknown.",
            (NotAStatus r, false) => $"'{r.Value}' is geen geldige status. Kies uit: onbekend, niet-gestart, bezig, klaar, niet-nodig.",
            (NotAStatus r, true) => $"'{r.Value}' is not a valid status. Choose from: unknown, not started, in progress, done, not needed.",
            (NotADataLocation r, false) => $"'{r.Value}' is geen datalocatie. Kies uit: eu-only, eu-default, outside-eu, onbekend.",
            (NotADataLocation r, true) => $"'{r.Value}' is not a data location. Choose from: eu-only, eu-default, outside-eu, unknown.",
            (NotAUserCount r, false) => $"'{r.Value}' is geen aantal gebruikers.",
            (NotAUserCount r, true) => $"'{r.Value}' is not a number of users.",

            (ProductNotInCatalog r, false) => $"'{r.CatalogId}' staat niet in de catalogus.",
            (ProductNotInCatalog r, true) => $"'{r.CatalogId}' is not in the catalog.",
            (UnknownProcess r, false) => $"'{r.Value}' is geen bekend proces. Kies uit: {List(r.Choices)}.",
            (UnknownProcess r, true) => $"'{r.Value}' is not a known process. Choose from: {List(r.Choices)}.",
            (UnknownDataCategory r, false) => $"'{r.Value}' is geen bekende soort persoonsgegevens. Kies uit: {List(r.Choices)}.",
            (UnknownDataCategory r, true) => $"'{r.Value}' is not a known kind of personal data. Choose from: {List(r.Choices)}.",
            (UnknownVendor r, false) => $"'{r.Value}' is geen bekende leverancier in de catalogus. Gebruik een bedrijfs-id of laat de cel leeg (onbekend).",
            (UnknownVendor r, true) => $"'{r.Value}' is not a known vendor in the catalog. Use a company id or leave the cell empty (unknown).",
            (UnknownHostingProvider r, false) => $"'{r.Value}' is geen bekende hostingpartij. Kies uit: {List(r.Choices)}.",
            (UnknownHostingProvider r, true) => $"'{r.Value}' is not a known hosting provider. Choose from: {List(r.Choices)}.",
            (DependencyNotFound r, false) => $"'{r.Target}' staat niet in dit bestand en is ook nog niet geregistreerd.",
            (DependencyNotFound r, true) => $"'{r.Target}' is not in this file and is not registered yet either.",
            (DependsOnItself, false) => "een dienst kan niet van zichzelf afhangen.",
            (DependsOnItself, true) => "a service cannot depend on itself.",

            (RequiredFieldMissing, false) => "dit verplichte veld ontbreekt.",
            (RequiredFieldMissing, true) => "this required field is missing.",
            (WrongJsonType r, false) => $"verwacht {Shape(r.Expected)}, maar gevonden: {Shape(r.Found)}.",
            (WrongJsonType r, true) => $"expected {Shape(r.Expected)}, but found: {Shape(r.Found)}.",
            (NotACycloneDxBom r, false) => $"verwacht een CycloneDX-object, maar gevonden: {Shape(r.Found)}.",
            (NotACycloneDxBom r, true) => $"expected a CycloneDX object, but found: {Shape(r.Found)}.",
            (NotAServiceEntry r, false) => $"verwacht een dienst (object), maar gevonden: {Shape(r.Found)}.",
            (NotAServiceEntry r, true) => $"expected a service (object), but found: {Shape(r.Found)}.",
            (NotCycloneDx r, false) => $"'{r.Format}' is geen CycloneDX; verwacht \"CycloneDX\".",
            (NotCycloneDx r, true) => $"'{r.Format}' is not CycloneDX; expected \"CycloneDX\".",
            (UnknownSpecVersion r, false) => $"versie '{r.Version}' kent Regie niet; diensten staan in CycloneDX 1.2 tot en met 1.7 (Regie schrijft 1.6).",
            (UnknownSpecVersion r, true) => $"Regie does not know version '{r.Version}'; services are in CycloneDX 1.2 up to 1.7 (Regie writes 1.6).",
            (NotASerialNumber r, false) => $"'{r.Serial}' is geen serienummer van de vorm urn:uuid:… (RFC 4122).",
            (NotASerialNumber r, true) => $"'{r.Serial}' is not a serial number of the form urn:uuid:… (RFC 4122).",
            (BomRefTwice r, false) => $"bom-ref '{r.BomRef}' staat ook bij {r.OtherPath}; elke bom-ref één keer.",
            (BomRefTwice r, true) => $"bom-ref '{r.BomRef}' also appears at {r.OtherPath}; each bom-ref once.",
            (NotAFlow r, false) => $"'{r.Flow}' is geen richting; kies uit {List(r.Choices)}.",
            (NotAFlow r, true) => $"'{r.Flow}' is not a direction; choose from {List(r.Choices)}.",
            (CatalogIdNotFound r, false) => $"product '{r.CatalogId}' staat niet in de catalogus; Regie zoekt op naam.",
            (CatalogIdNotFound r, true) => $"product '{r.CatalogId}' is not in the catalog; Regie matches by name.",
            (VendorNotInCatalog r, false) => $"leverancier '{r.Vendor}' staat niet in de catalogus; de leverancier blijft onbekend.",
            (VendorNotInCatalog r, true) => $"vendor '{r.Vendor}' is not in the catalog; the vendor stays unknown.",
            (MightBeProduct r, false) => $"'{r.Name}' lijkt op {r.ProductName} (zekerheid {r.Score.ToString("0.00", culture)}), te onzeker om samen te voegen; " +
                "toegevoegd als eigen dienst. Controleer of het dat product is.",
            (MightBeProduct r, true) => $"'{r.Name}' resembles {r.ProductName} (confidence {r.Score.ToString("0.00", culture)}), too unsure to join; " +
                "added as the board's own service. Check whether it is that product.",
            (UnknownDataClassification r, false) => $"'{r.Classification}' is geen soort persoonsgegevens die Regie kent; niet overgenomen.",
            (UnknownDataClassification r, true) => $"'{r.Classification}' is not a kind of personal data Regie knows; not taken over.",

            (NotADaafExport r, false) => $"verwacht een DAAF-export (object), maar gevonden: {Shape(r.Found)}.",
            (NotADaafExport r, true) => $"expected a DAAF export (object), but found: {Shape(r.Found)}.",
            (NotADaafApplication r, false) => $"verwacht een applicatie (object), maar gevonden: {Shape(r.Found)}.",
            (NotADaafApplication r, true) => $"expected an application (object), but found: {Shape(r.Found)}.",
            (NotADaafVersion r, false) => $"'{r.Version}' is geen DAAF-export; verwacht bijvoorbeeld \"DAAF-export-v1\".",
            (NotADaafVersion r, true) => $"'{r.Version}' is not a DAAF export; expected for example \"DAAF-export-v1\".",
            (NotADaafMode r, false) => $"'{r.Mode}' is geen DAAF-modus; verwacht \"full\" of \"quick\".",
            (NotADaafMode r, true) => $"'{r.Mode}' is not a DAAF mode; expected \"full\" or \"quick\".",
            (NotADaafIndicator r, false) => $"'{r.Indicator}' is geen DAAF-indicator; bekend zijn {List(r.Known)}.",
            (NotADaafIndicator r, true) => $"'{r.Indicator}' is not a DAAF indicator; known are {List(r.Known)}.",
            (DaafScoreOutOfRange r, false) => $"een score is een geheel getal van 1 tot en met 5, niet {r.Value}.",
            (DaafScoreOutOfRange r, true) => $"a score is a whole number from 1 to 5, not {r.Value}.",
            (DaafWeightOutOfRange r, false) => $"een weging is een geheel getal van 1 tot en met 5, niet {r.Value}.",
            (DaafWeightOutOfRange r, true) => $"a weight is a whole number from 1 to 5, not {r.Value}.",
            (DaafScoreDiffers r, false) => $"de score in het bestand ({Score(r.Stated)}) wijkt af van de DAAF-berekening ({Score(r.Computed)}). " +
                "Is het bestand met de hand bewerkt of met een nieuwere DAAF-versie gemaakt?",
            (DaafScoreDiffers r, true) => $"the score in the file ({Score(r.Stated)}) differs from DAAF's calculation ({Score(r.Computed)}). " +
                "Was the file edited by hand or made with a newer DAAF version?",

            (NotXml r, false) => $"dit is geen geldige XML (regel {r.Line.ToString(culture)}, positie {r.Position.ToString(culture)}). Een DTD of entiteit leest Regie nooit. Exporteer het model opnieuw.",
            (NotXml r, true) => $"this is not valid XML (line {r.Line.ToString(culture)}, position {r.Position.ToString(culture)}). Regie never reads a DTD or entity. Export the model again.",
            (NotAnArchiMateModel r, false) => $"dit is geen ArchiMate-uitwisselingsbestand: het begint met <{r.Root}>, verwacht <model> in de naamruimte http://www.opengroup.org/xsd/archimate/3.0/. Exporteer in Archi met 'Open Exchange XML Model'.",
            (NotAnArchiMateModel r, true) => $"this is not an ArchiMate exchange file: it starts with <{r.Root}>, expected <model> in the namespace http://www.opengroup.org/xsd/archimate/3.0/. Export from Archi with 'Open Exchange XML Model'.",
            (NotValidArchiMate r, false) => $"regel {r.Line.ToString(culture)}{(r.ElementId is { } id ? $", element '{id}'" : "")}: het bestand volgt het schema van The Open Group niet ({r.Detail}). Er is niets ingelezen.",
            (NotValidArchiMate r, true) => $"line {r.Line.ToString(culture)}{(r.ElementId is { } id ? $", element '{id}'" : "")}: the file does not follow The Open Group's schema ({r.Detail}). Nothing was read.",
            (ArchiMateElementNotPlaced r, false) => $"regel {r.Line.ToString(culture)}, element '{r.ElementId}': {r.Type} '{r.Name}' heeft geen plaats in Regie; niet ingelezen.",
            (ArchiMateElementNotPlaced r, true) => $"line {r.Line.ToString(culture)}, element '{r.ElementId}': {r.Type} '{r.Name}' has no place in Regie; not read.",
            (ArchiMateProcessNotOnBoard r, false) => $"regel {r.Line.ToString(culture)}, element '{r.ElementId}': het bedrijfsproces '{r.Name}' is geen proces van dit bestuur; niet ingelezen.",
            (ArchiMateProcessNotOnBoard r, true) => $"line {r.Line.ToString(culture)}, element '{r.ElementId}': the business process '{r.Name}' is not one of this board's processes; not read.",
            (ArchiMateNameRefused r, false) => $"regel {r.Line.ToString(culture)}, element '{r.ElementId}': de naam is leeg, langer dan {r.MaxCharacters.ToString(culture)} tekens of bevat stuurtekens. Pas de naam in het model aan.",
            (ArchiMateNameRefused r, true) => $"line {r.Line.ToString(culture)}, element '{r.ElementId}': the name is empty, longer than {r.MaxCharacters.ToString(culture)} characters or holds control characters. Correct the name in the model.",
            (ArchiMateRelationshipsNotPlaced r, false) => $"{Plural.Count(r.Count, "relatie", "relaties")} tussen elementen die Regie niet plaatst of van een soort waarvoor Regie geen verband kent; niet ingelezen.",
            (ArchiMateRelationshipsNotPlaced r, true) => $"{Plural.Count(r.Count, "relationship", "relationships", culture)} between elements Regie does not place, or of a kind Regie keeps no link for; not read.",
            (JoinedExistingService r, false) => $"hoort bij de bestaande dienst '{r.Service}'.",
            (JoinedExistingService r, true) => $"belongs to the existing service '{r.Service}'.",
            (BoardChangedSincePreview, false) => "het register is veranderd sinds het voorbeeld; er is niets opgeslagen. Bekijk het nieuwe voorbeeld en bevestig opnieuw.",
            (BoardChangedSincePreview, true) => "the register changed since the preview; nothing was stored. Review the new preview and confirm again.",
            (ExistingServiceUpdated r, false) => $"bestaat al als '{r.Service}'; {Plural.Count(r.Fields, "veld", "velden")} bijgewerkt.",
            (ExistingServiceUpdated r, true) => $"already exists as '{r.Service}'; {Plural.Count(r.Fields, "field", "fields", culture)} updated.",
            (ExistingServiceUnchanged r, false) => $"bestaat al als '{r.Service}'; niet gewijzigd.",
            (ExistingServiceUnchanged r, true) => $"already exists as '{r.Service}'; not changed.",
            (MergedWithEarlierRow r, false) => $"zelfde dienst als {(r.FirstRow is { } first ? $"rij {first.ToString(culture)}" : r.FirstPlace)} ('{r.Service}'); samengevoegd, deze rij verandert de dienst niet.",
            (MergedWithEarlierRow r, true) => $"same service as {(r.FirstRow is { } first ? $"row {first.ToString(culture)}" : r.FirstPlace)} ('{r.Service}'); merged, this row does not change the service.",
            (NewServiceNotRecognised, false) => "nieuwe dienst, niet herkend in de catalogus.",
            (NewServiceNotRecognised, true) => "new service, not recognised in the catalog.",
            (NewServiceRecognised r, false) => $"nieuwe dienst, herkend als {r.Product}.",
            (NewServiceRecognised r, true) => $"new service, recognised as {r.Product}.",
            (ManagedIdentitySkipped, false) => "beheerde identiteit (managed identity): geen dienst, overgeslagen.",
            (ManagedIdentitySkipped, true) => "managed identity: not a service, skipped.",
            (MicrosoftOwnApplicationSkipped, false) => "een eigen toepassing van Microsoft die niet in de catalogus staat (onderdeel van Microsoft 365/Entra): overgeslagen.",
            (MicrosoftOwnApplicationSkipped, true) => "one of Microsoft's own applications that is not in the catalog (part of Microsoft 365/Entra): skipped.",
            (BlockedAppSkipped, false) => "toegang geblokkeerd (Blocked): de app kan niet bij de gegevens, overgeslagen.",
            (BlockedAppSkipped, true) => "access blocked: the app cannot reach the data, skipped.",
            (VendorAddedAsOwnParty r, false) => $"{r.Vendor} staat niet in de catalogus; toegevoegd als eigen leverancier van het bestuur.",
            (VendorAddedAsOwnParty r, true) => $"{r.Vendor} is not in the catalog; added as the board's own vendor.",
            (HostingProviderAddedAsOwnParty r, false) => $"{r.Provider} staat niet in de catalogus; toegevoegd als eigen hostingpartij van het bestuur.",
            (HostingProviderAddedAsOwnParty r, true) => $"{r.Provider} is not in the catalog; added as the board's own hosting provider.",
            (SignInServiceAdded r, false) => $"{r.Service} is als dienst toegevoegd: elke app in deze export meldt zich daarmee aan.",
            (SignInServiceAdded r, true) => $"{r.Service} was added as a service: every app in this export signs in through it.",
            _ => null,
        };
    }
}
