using System.Globalization;
using Regie.Core.Observatory;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Observatory(ObservatoryReason reason, bool english, CultureInfo culture)
    {
        string Nl(string nl, string en) => english ? en : nl;
        string Site(string? site) => string.IsNullOrWhiteSpace(site) ? Nl("(geen)", "(none)") : site.Trim();
        string Count(int n, string one, string many) => Plural.Count(n, one, many, culture);

        return reason switch
        {
            SchoolOpened s => Nl($"nieuwe school: {s.LocationCode} {s.Name}", $"new school: {s.LocationCode} {s.Name}"),
            SchoolClosed s => Nl($"school verdwenen: {s.LocationCode} {s.Name}", $"school gone: {s.LocationCode} {s.Name}"),
            SchoolRenamed s => Nl($"school {s.LocationCode} heet nu {s.After} (was {s.Before})", $"school {s.LocationCode} is now called {s.After} (was {s.Before})"),
            SchoolWebsiteChanged s => Nl($"nieuwe website van school {s.LocationCode} {s.Name}: {Site(s.After)} (was {Site(s.Before)})",
                $"new website of school {s.LocationCode} {s.Name}: {Site(s.After)} (was {Site(s.Before)})"),
            BoardOpened b => Nl($"nieuw bestuur: {b.BoardNumber} {b.Name}", $"new board: {b.BoardNumber} {b.Name}"),
            BoardClosed b => Nl($"bestuur verdwenen: {b.BoardNumber} {b.Name}", $"board gone: {b.BoardNumber} {b.Name}"),
            BoardRenamed b => Nl($"bestuur {b.BoardNumber} heet nu {b.After} (was {b.Before})", $"board {b.BoardNumber} is now called {b.After} (was {b.Before})"),
            BoardWebsiteChanged b => Nl($"nieuwe website van bestuur {b.BoardNumber} {b.Name}: {Site(b.After)} (was {Site(b.Before)})",
                $"new website of board {b.BoardNumber} {b.Name}: {Site(b.After)} (was {Site(b.Before)})"),
            RegisterFileNotRecognised f => Nl(
                $"{f.File}: regel 1: dit is geen bekend DUO-bestand (besturen, hoofdvestigingen, alle vestigingen of leerlingen per vestiging); de kopregel is: {f.Header}",
                $"{f.File}: line 1: this is not a known DUO file (boards, main locations, all locations or pupils per location); the header is: {f.Header}"),
            RegisterFileEmpty f => Nl($"{f.File}: het bestand is leeg.", $"{f.File}: the file is empty."),
            RegisterFileTooLarge f => Nl($"{f.File}: het bestand is groter dan {f.MaxMegabytes} MB.", $"{f.File}: the file is larger than {f.MaxMegabytes} MB."),
            RegisterFileTooManyRows f => Nl($"{f.File}: meer dan {f.MaxRows.ToString("N0", culture)} regels.", $"{f.File}: more than {f.MaxRows.ToString("N0", culture)} lines."),
            RegisterRowWrongWidth r => Nl($"{r.File}: regel {r.Row}: {Count(r.Cells, "kolom", "kolommen")} waar de kopregel er {r.Expected} heeft.",
                $"{r.File}: line {r.Row}: {Count(r.Cells, "column", "columns")} where the header has {r.Expected}."),
            RegisterCellMissing c => Nl($"{c.File}: regel {c.Row}, kolom {c.Column}: leeg, maar verplicht.", $"{c.File}: line {c.Row}, column {c.Column}: empty, but required."),
            RegisterCellInvalid c => Nl($"{c.File}: regel {c.Row}, kolom {c.Column}: '{c.Value}' is geen geldige waarde.",
                $"{c.File}: line {c.Row}, column {c.Column}: '{c.Value}' is not a valid value."),
            RegisterDuplicate d => Nl($"{d.File}: regel {d.Row}, kolom {d.Column}: '{d.Value}' staat er al eerder in.",
                $"{d.File}: line {d.Row}, column {d.Column}: '{d.Value}' is listed before."),
            RegisterUnknownBoard u => Nl($"{u.File}: regel {u.Row}, kolom {u.Column}: bestuur {u.BoardNumber} staat in geen van de besturenbestanden.",
                $"{u.File}: line {u.Row}, column {u.Column}: board {u.BoardNumber} is in none of the board files."),
            RegisterWithoutSchools => Nl("Geef naast de besturen ook een bestand met vestigingen (hoofdvestigingen of alle vestigingen).",
                "Give a file of locations (main locations or all locations) besides the boards."),
            RegisterWithoutBoards => Nl("Geef naast de vestigingen ook een besturenbestand (Schoolbesturen).", "Give a board file (Schoolbesturen) besides the locations."),
            RegisterTooManyErrors t => Nl($"Meer fouten; de eerste {t.Shown} staan hierboven.", $"More errors; the first {t.Shown} are listed above."),
            ProvidersMoved m => Nl(
                $"{Count(m.Boards, "bestuur", "besturen")} en {Count(m.Schools, "school", "scholen")} zijn met {AreaText(m.Area, english)} van {Provider(m.From, english)} naar {Provider(m.To, english)} verhuisd",
                $"{Count(m.Boards, "board", "boards")} and {Count(m.Schools, "school", "schools")} moved {AreaText(m.Area, english)} from {Provider(m.From, english)} to {Provider(m.To, english)}"),
            _ => null,
        };
    }

    /// <summary>A scan area as a sentence names it: "hun mail", "their web hosting".</summary>
    public static string AreaText(ScanArea area, bool english) => area switch
    {
        ScanArea.Mail => english ? "their mail" : "hun mail",
        ScanArea.MailFilter => english ? "their mail filter" : "hun mailfilter",
        ScanArea.Identity => english ? "their identity provider" : "hun identiteitsdienst",
        ScanArea.DnsHosting => english ? "their DNS hosting" : "hun DNS-hosting",
        _ => english ? "their web hosting" : "hun webhosting",
    };

    /// <summary>A provider's name, or the words for "none seen" and "not measured" (<see cref="SectorAttribution"/>).</summary>
    public static string Provider(string nameOrId, bool english) => nameOrId switch
    {
        "(none)" => english ? "none seen" : "geen gezien",
        "(not-measured)" => english ? "not measured" : "niet gemeten",
        _ => nameOrId,
    };
}
