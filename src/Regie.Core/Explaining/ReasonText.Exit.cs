using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Exit;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    /// <summary>Regie's proposal as a plan in the reader's language: the text the form starts from and the board may save as its own.</summary>
    public static ExitPlan Render(ExitPlanProposal proposal, CultureInfo culture)
    {
        var language = IsEnglish(culture) ? "en" : "nl";
        return new ExitPlan(
            [.. proposal.DataToExport.Select(d => d.In(language))], proposal.ExportFormats,
            proposal.ExitClause is { } clause ? Render(clause, culture) : null, null, null, proposal.AlternativeId,
            [.. proposal.Steps.Select(step => Render(step, culture))], null, null);
    }

    private static string? Exit(ExitReason reason, bool english, CultureInfo culture)
    {
        string Users(int? pupils, int? staff) => (pupils, staff, english) switch
        {
            (null, null, false) => "alle gebruikers",
            (null, null, true) => "all users",
            ({ } p, null, false) => $"{p.ToString(culture)} leerlingen",
            ({ } p, null, true) => $"{p.ToString(culture)} pupils",
            (null, { } s, false) => $"{s.ToString(culture)} medewerkers",
            (null, { } s, true) => $"{s.ToString(culture)} staff",
            ({ } p, { } s, false) => $"{p.ToString(culture)} leerlingen en {s.ToString(culture)} medewerkers",
            ({ } p, { } s, true) => $"{p.ToString(culture)} pupils and {s.ToString(culture)} staff",
        };
        string Target(LocalizedText? alternative) => alternative?.In(english ? "en" : "nl") ?? (english ? "the alternative" : "het alternatief");
        string Data(IReadOnlyList<LocalizedText> data) => data.Count > 0
            ? string.Join(", ", data.Select(d => d.In(english ? "en" : "nl")))
            : english ? "not yet known" : "nog onbekend";

        return (reason, english) switch
        {
            (TakeStockStep r, false) => $"Inventariseren: leg vast welke gegevens in {r.Service} staan ({Data(r.Data)}), wie de dienst gebruikt ({Users(r.Pupils, r.Staff)}) en welke koppelingen ervan afhangen.",
            (TakeStockStep r, true) => $"Take stock: record which data {r.Service} holds ({Data(r.Data)}), who uses the service ({Users(r.Pupils, r.Staff)}) and which integrations depend on it.",
            (ExportAndTestStep r, false) => $"Exporteren en testen: exporteer alle gegevens ({(r.Formats.Count > 0 ? string.Join(", ", r.Formats) : "formaat nog onbekend")}) en controleer of ze volledig en leesbaar zijn in {Target(r.Alternative)}.",
            (ExportAndTestStep r, true) => $"Export and test: export all data ({(r.Formats.Count > 0 ? string.Join(", ", r.Formats) : "format not yet known")}) and check that it is complete and readable in {Target(r.Alternative)}.",
            (SetUpAlternativeStep r, false) => $"Alternatief inrichten: richt {Target(r.Alternative)} in, met inloggen, koppelingen en rechten.",
            (SetUpAlternativeStep r, true) => $"Set up the alternative: set up {Target(r.Alternative)}, with sign-in, integrations and permissions.",
            (MoveUsersStep r, false) => $"Gebruikers overzetten: zet {Users(r.Pupils, r.Staff)} over, met instructie en een periode waarin beide systemen te raadplegen zijn.",
            (MoveUsersStep r, true) => $"Move the users: move {Users(r.Pupils, r.Staff)}, with instructions and a period in which both systems can be consulted.",
            (GiveNoticeStep { ContractEnd: { } end }, false) => $"Contract opzeggen binnen de opzegtermijn: het contract loopt tot {end.ToString("dd-MM-yyyy", culture)}; zeg op vóór de opzegtermijn ingaat.",
            (GiveNoticeStep { ContractEnd: { } end }, true) => $"Give notice within the notice period: the contract runs until {end.ToString("d MMMM yyyy", culture)}; give notice before the notice period starts.",
            (GiveNoticeStep, false) => "Contract opzeggen binnen de opzegtermijn: de einddatum van het contract is nog onbekend.",
            (GiveNoticeStep, true) => "Give notice within the notice period: the contract's end date is not yet known.",
            (HaveDataDeletedStep, false) => "Gegevens laten verwijderen: vraag de leverancier alle gegevens (ook back-ups) te verwijderen en dat schriftelijk te verklaren.",
            (HaveDataDeletedStep, true) => "Have the data deleted: ask the vendor to delete all data (backups included) and to declare so in writing.",
            (CompleteTheExitClause, false) => "Het contract bevat een exitregeling; vul het artikel en de afspraken over overdracht aan.",
            (CompleteTheExitClause, true) => "The contract has an exit clause; add its article and the agreements on hand-over.",
            (AgreeAnExitClause, false) => "Het contract bevat geen exitregeling: leg bij verlenging afspraken vast over export, overdracht en verwijdering.",
            (AgreeAnExitClause, true) => "The contract has no exit clause: at renewal, agree on export, hand-over and deletion.",
            _ => null,
        };
    }
}
