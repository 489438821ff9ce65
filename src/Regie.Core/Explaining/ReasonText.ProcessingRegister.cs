using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Privacy;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>The name of a field of the processing register, as a message or a column names it.</summary>
    public static string FieldName(RegisterFieldName field, CultureInfo culture) => (field, IsEnglish(culture)) switch
    {
        (RegisterFieldName.DataCategories, false) => "categorieën persoonsgegevens",
        (RegisterFieldName.DataCategories, true) => "categories of personal data",
        (RegisterFieldName.DataSubjects, false) => "categorieën betrokkenen",
        (RegisterFieldName.DataSubjects, true) => "categories of data subjects",
        (RegisterFieldName.Purpose, false) => "doel",
        (RegisterFieldName.Purpose, true) => "purpose",
        (RegisterFieldName.LegalBasis, false) => "grondslag",
        (RegisterFieldName.LegalBasis, true) => "legal basis",
        (RegisterFieldName.Processor, false) => "verwerker",
        (RegisterFieldName.Processor, true) => "processor",
        (RegisterFieldName.Transfers, false) => "doorgifte buiten de EER",
        (RegisterFieldName.Transfers, true) => "transfers outside the EEA",
        (RegisterFieldName.Retention, false) => "bewaartermijn",
        (RegisterFieldName.Retention, true) => "retention",
        (_, false) => "opmerkingen",
        (_, true) => "notes",
    };

    public static string SubjectName(DataSubject subject, CultureInfo culture) => (subject, IsEnglish(culture)) switch
    {
        (DataSubject.Pupils, false) => "leerlingen",
        (DataSubject.Pupils, true) => "pupils",
        (DataSubject.Parents, false) => "ouders",
        (DataSubject.Parents, true) => "parents",
        (DataSubject.Staff, false) => "medewerkers",
        (DataSubject.Staff, true) => "staff",
        (_, false) => "overige betrokkenen",
        (_, true) => "other data subjects",
    };

    public static string BasisName(LegalBasis basis, CultureInfo culture) => (basis, IsEnglish(culture)) switch
    {
        (LegalBasis.Consent, false) => "toestemming (art. 6 lid 1 sub a)",
        (LegalBasis.Consent, true) => "consent (art. 6(1)(a))",
        (LegalBasis.Contract, false) => "overeenkomst (art. 6 lid 1 sub b)",
        (LegalBasis.Contract, true) => "contract (art. 6(1)(b))",
        (LegalBasis.LegalObligation, false) => "wettelijke verplichting (art. 6 lid 1 sub c)",
        (LegalBasis.LegalObligation, true) => "legal obligation (art. 6(1)(c))",
        (LegalBasis.VitalInterests, false) => "vitaal belang (art. 6 lid 1 sub d)",
        (LegalBasis.VitalInterests, true) => "vital interests (art. 6(1)(d))",
        (LegalBasis.PublicTask, false) => "taak van algemeen belang (art. 6 lid 1 sub e)",
        (LegalBasis.PublicTask, true) => "public task (art. 6(1)(e))",
        (_, false) => "gerechtvaardigd belang (art. 6 lid 1 sub f)",
        (_, true) => "legitimate interests (art. 6(1)(f))",
    };

    private static string? ProcessingRegister(ProcessingRegisterReason reason, bool english, CultureInfo culture)
    {
        var language = english ? "en" : "nl";
        string Names(IReadOnlyList<LocalizedText> names) => string.Join(", ", names.Select(n => n.In(language)));
        string Law(bool accessLaw) => (accessLaw, english) switch
        {
            (true, false) => "; een wet daar kan de verstrekking van gegevens afdwingen",
            (true, true) => "; a law there can compel access to the data",
            _ => "",
        };

        return (reason, english) switch
        {
            (DataCategoriesOfService, false) => "Vastgelegd bij de dienst in het landschap.",
            (DataCategoriesOfService, true) => "Recorded with the service in the landscape.",
            (NoDataCategoriesRecorded, false) => "Onbekend: bij de dienst zijn geen gegevenscategorieën vastgelegd.",
            (NoDataCategoriesRecorded, true) => "Unknown: no data categories are recorded with the service.",
            (SubjectsFollowFrom r, false) => $"Afgeleid uit {Names(r.From)}.",
            (SubjectsFollowFrom r, true) => $"Derived from {Names(r.From)}.",
            (NoSubjectsDerivable, false) => "Onbekend: geen gegevenscategorie of proces van de dienst zegt wiens gegevens het zijn.",
            (NoSubjectsDerivable, true) => "Unknown: no data category or process of the service says whose data it is.",
            (PurposesFromProcesses, false) => "De processen die de dienst in het landschap ondersteunt.",
            (PurposesFromProcesses, true) => "The processes the service supports in the landscape.",
            (NoProcessesRecorded, false) => "Onbekend: bij de dienst zijn geen processen vastgelegd.",
            (NoProcessesRecorded, true) => "Unknown: no processes are recorded with the service.",
            (LegalBasisNotDerived, false) => "Onbekend: de grondslag is een keuze van het bestuur; Regie leidt die niet af.",
            (LegalBasisNotDerived, true) => "Unknown: the legal basis is the board's choice; Regie does not derive it.",
            (RetentionNotKnown, false) => "Onbekend: het landschap en de catalogus noemen geen bewaartermijn.",
            (RetentionNotKnown, true) => "Unknown: neither the landscape nor the catalog states a retention period.",
            (NoNotes, false) => "Geen opmerkingen.",
            (NoNotes, true) => "No notes.",
            (SetByBoard, false) => "Ingevuld door het bestuur.",
            (SetByBoard, true) => "Set by the board.",
            (ProcessorOfService r, false) => $"{r.Vendor} levert de dienst en verwerkt de gegevens in opdracht.",
            (ProcessorOfService r, true) => $"{r.Vendor} supplies the service and processes the data on the board's behalf.",
            (ProcessorUnknown, false) => "Onbekend: de leverancier van de dienst is niet bekend.",
            (ProcessorUnknown, true) => "Unknown: the service's vendor is not known.",
            (DataStoredOutsideEea, false) => "De gegevens worden buiten de EU/EER opgeslagen of verwerkt.",
            (DataStoredOutsideEea, true) => "The data is stored or processed outside the EU/EEA.",
            (ProcessorControlledOutsideEea r, false) when r.Vendor == r.Controller => $"Verwerker {r.Vendor} is gevestigd in {r.Country.Nl}, buiten de EU/EER{Law(r.AccessLaw)}.",
            (ProcessorControlledOutsideEea r, true) when r.Vendor == r.Controller => $"Processor {r.Vendor} is established in {r.Country.En}, outside the EU/EEA{Law(r.AccessLaw)}.",
            (ProcessorControlledOutsideEea r, false) => $"Verwerker {r.Vendor} valt onder {r.Controller}, gevestigd in {r.Country.Nl}, buiten de EU/EER{Law(r.AccessLaw)}.",
            (ProcessorControlledOutsideEea r, true) => $"Processor {r.Vendor} is controlled by {r.Controller}, established in {r.Country.En}, outside the EU/EEA{Law(r.AccessLaw)}.",
            (HostingControlledOutsideEea r, false) => $"Hostingpartij {r.Provider.Nl} valt onder {r.Controller}, gevestigd in {r.Country.Nl}, buiten de EU/EER{Law(r.AccessLaw)}.",
            (HostingControlledOutsideEea r, true) => $"Hosting provider {r.Provider.En} is controlled by {r.Controller}, established in {r.Country.En}, outside the EU/EEA{Law(r.AccessLaw)}.",
            (SubProcessorOutsideEea r, false) => $"Subverwerker {r.SubProcessor} is gevestigd in {r.Country.Nl}, buiten de EU/EER.",
            (SubProcessorOutsideEea r, true) => $"Sub-processor {r.SubProcessor} is established in {r.Country.En}, outside the EU/EEA.",
            (DataLocationUnknown, false) => "Onbekend waar de gegevens worden opgeslagen.",
            (DataLocationUnknown, true) => "Where the data is stored is not known.",
            (ProcessorControlUnknown r, false) => $"Onbekend wie {r.Vendor} uiteindelijk beheerst, of waar die gevestigd is.",
            (ProcessorControlUnknown r, true) => $"Who ultimately controls {r.Vendor}, or where it is established, is not known.",
            (HostingUnknown, false) => "Onbekend wie de dienst host.",
            (HostingUnknown, true) => "Who hosts the service is not known.",
            (HostingControlUnknown r, false) => $"Onbekend wie hostingpartij {r.Provider.Nl} uiteindelijk beheerst, of waar die gevestigd is.",
            (HostingControlUnknown r, true) => $"Who ultimately controls hosting provider {r.Provider.En}, or where it is established, is not known.",
            (SubProcessorsUnknown, false) => "Onbekend welke subverwerkers de leverancier inschakelt.",
            (SubProcessorsUnknown, true) => "Which sub-processors the vendor uses is not known.",
            (SubProcessorCountryUnknown r, false) => $"Onbekend waar subverwerker {r.SubProcessor} gevestigd is.",
            (SubProcessorCountryUnknown r, true) => $"Where sub-processor {r.SubProcessor} is established is not known.",
            (RegisterTextTooLong r, false) => $"Het veld '{FieldName(r.Field, culture)}' is te lang: ten hoogste {r.Max.ToString("N0", culture)} tekens.",
            (RegisterTextTooLong r, true) => $"The field '{FieldName(r.Field, culture)}' is too long: at most {r.Max.ToString("N0", culture)} characters.",
            (RegisterTextHasHiddenCharacters r, false) => $"Het veld '{FieldName(r.Field, culture)}' bevat verborgen tekens (zoals NUL of tekens die de leesrichting omdraaien); haal die weg.",
            (RegisterTextHasHiddenCharacters r, true) => $"The field '{FieldName(r.Field, culture)}' holds hidden characters (such as NUL or characters that reverse the reading direction); remove them.",
            (UnknownDataSubject r, false) => $"Het veld 'categorieën betrokkenen': '{r.Key}' is geen bekende categorie (kies uit {string.Join(", ", RegisterKeys.AllSubjects.Select(RegisterKeys.Key))}).",
            (UnknownDataSubject r, true) => $"The field 'categories of data subjects': '{r.Key}' is not a known category (the keys are listed in docs/PROCESSING-REGISTER.md).",
            (UnknownLegalBasis r, false) => $"Het veld 'grondslag': '{r.Key}' is geen grondslag uit artikel 6 AVG (kies uit {string.Join(", ", RegisterKeys.AllBases.Select(RegisterKeys.Key))}).",
            (UnknownLegalBasis r, true) => $"The field 'legal basis': '{r.Key}' is not a basis of GDPR article 6 (the keys are listed in docs/PROCESSING-REGISTER.md).",
            _ => null,
        };
    }
}

public static partial class ReasonText
{
    /// <summary>Where a field of the processing register came from, in a word.</summary>
    public static string OriginName(RegisterOrigin origin, CultureInfo culture) => (origin, IsEnglish(culture)) switch
    {
        (RegisterOrigin.Landscape, false) => "landschap",
        (RegisterOrigin.Landscape, true) => "landscape",
        (RegisterOrigin.Catalog, false) => "catalogus",
        (RegisterOrigin.Catalog, true) => "catalog",
        (RegisterOrigin.Vendor, false) => "antwoord leverancier",
        (RegisterOrigin.Vendor, true) => "vendor's answer",
        (RegisterOrigin.Derived, false) => "afgeleid",
        (RegisterOrigin.Derived, true) => "derived",
        (RegisterOrigin.Board, false) => "bestuur",
        (RegisterOrigin.Board, true) => "board",
        (_, false) => "onbekend",
        (_, true) => "unknown",
    };

    public static string TransferStatusName(TransferStatus status, CultureInfo culture) => (status, IsEnglish(culture)) switch
    {
        (TransferStatus.Outside, false) => "ja",
        (TransferStatus.Outside, true) => "yes",
        (TransferStatus.None, false) => "nee",
        (TransferStatus.None, true) => "no",
        (_, false) => "onbekend",
        (_, true) => "unknown",
    };

    /// <summary>A transfer with the fact it rests on: "… (bron: https://…, 2026-11-22)", the source cited by its addresses (<see cref="CitedSource"/>).</summary>
    public static string Render(Transfer transfer, CultureInfo culture) => WithFact(Render(transfer.Why, culture), transfer.Source, transfer.Checked, culture);

    /// <summary>A rendered reason with its fact after it, for a transfer the API already gave as text (the command line with --server).</summary>
    public static string WithFact(string text, string? source, DateOnly? @checked, CultureInfo culture)
    {
        var date = @checked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fact = (source, date) switch
        {
            (null, null) => null,
            ({ } named, null) => CitedSource(named, culture),
            (null, { } d) => d,
            ({ } named, { } d) => $"{CitedSource(named, culture)}, {d}",
        };
        return fact is null ? text : $"{text} ({(IsEnglish(culture) ? "source" : "bron")}: {fact})";
    }
}
