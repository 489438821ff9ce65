using System.Globalization;
using System.Text.RegularExpressions;
using Regie.Core.Landscape;

namespace Regie.Discovery.Boards;

/// <summary>One field of a school that cannot be read: <see cref="Field"/> is the property (Name, Brin, Sector, Pupils), the message names it in Dutch.</summary>
public sealed record SchoolProblem(string Field, string Message);

/// <summary>The schools as read, and every line that could not be read (each message names its line and field); no schools when there is any error.</summary>
public sealed record SchoolListResult(IReadOnlyList<School> Schools, IReadOnlyList<string> Errors);

/// <summary>
/// A board's schools as a person types them, for `regie init --schools` and the web's new-board form alike: one school per
/// line, <see cref="Format"/>, separated by semicolons (a spreadsheet's CSV export in Dutch Excel) or commas.
/// </summary>
public static partial class SchoolList
{
    public const string Format = "naam;BRIN;sector;leerlingen";

    public const int MaxNameLength = 200;

    /// <summary>Reads the lines; empty lines and a heading line ("naam;BRIN;…") are skipped. <paramref name="label"/> begins each message ("Scholen").</summary>
    public static SchoolListResult Parse(IEnumerable<string> lines, string label)
    {
        var schools = new List<School>();
        var errors = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || IsHeading(line))
            {
                continue;
            }

            var cells = line.Split(line.Contains(';', StringComparison.Ordinal) ? ';' : ',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
            if (cells.Length is < 3 or > 4)
            {
                errors.Add($"{label}, regel {number}: verwacht '{Format}' (naam, BRIN, sector en leerlingen gescheiden door ';'), maar er staan {cells.Length} velden.");
                continue;
            }

            var (school, problems) = Read(cells[0], cells[1], cells[2], cells.Length == 4 ? cells[3] : null);
            errors.AddRange(problems.Select(p => $"{label}, regel {number}: {p.Message}"));
            if (school is not null)
            {
                var twin = school.Brin is null ? null : schools.FindIndex(s => s.Brin == school.Brin) is var i and >= 0 ? schools[i] : null;
                if (twin is not null)
                {
                    errors.Add($"{label}, regel {number}: BRIN {school.Brin} staat al bij {twin.Name}.");
                }

                schools.Add(school);
            }
        }

        return errors.Count > 0 ? new SchoolListResult([], errors) : new SchoolListResult(schools, []);
    }

    private static bool IsHeading(string line) =>
        line.StartsWith("naam", StringComparison.OrdinalIgnoreCase) && line.Contains("brin", StringComparison.OrdinalIgnoreCase);

    /// <summary>One school from its four fields as typed; a blank BRIN means not known, blank pupils means 0.</summary>
    public static (School? School, IReadOnlyList<SchoolProblem> Problems) Read(string? name, string? brin, string? sector, string? pupils)
    {
        var problems = new List<SchoolProblem>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(new("Name", "naam: vul de naam van de school in."));
        }
        else if (name.Length > MaxNameLength)
        {
            problems.Add(new("Name", $"naam: hoogstens {MaxNameLength} tekens."));
        }

        var brinCode = string.IsNullOrWhiteSpace(brin) ? null : brin.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (brinCode is not null && !Brin().IsMatch(brinCode))
        {
            problems.Add(new("Brin", $"BRIN: '{brin!.Trim()}' is geen BRIN-nummer; dat is twee cijfers en twee letters (12AB), eventueel met twee cijfers voor de vestiging (12AB00)."));
        }

        Sector? sectorValue = null;
        if (string.IsNullOrWhiteSpace(sector))
        {
            problems.Add(new("Sector", "sector: kies po, vo, so of mbo."));
        }
        else if (Enum.TryParse<Sector>(sector.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(sector, out _))
        {
            sectorValue = parsed;
        }
        else
        {
            problems.Add(new("Sector", $"sector: '{sector.Trim()}' is geen sector; kies po, vo, so of mbo."));
        }

        var pupilCount = 0;
        if (!string.IsNullOrWhiteSpace(pupils)
            && (!int.TryParse(pupils.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out pupilCount)))
        {
            problems.Add(new("Pupils", $"leerlingen: '{pupils.Trim()}' is geen heel getal van 0 of meer."));
        }

        return problems.Count > 0 || sectorValue is null ? (null, problems) : (new School(name!, brinCode, sectorValue.Value, pupilCount), problems);
    }

    // DUO's BRIN number: two digits and two letters; a vestiging (branch) adds two digits.
    [GeneratedRegex("^[0-9]{2}[A-Z]{2}([0-9]{2})?$")]
    private static partial Regex Brin();
}
