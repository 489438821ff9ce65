using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Observatory;

namespace Regie.Discovery.Register;

/// <summary>The kinds of DUO open-data file the register is made of, recognised by their header.</summary>
public enum DuoFileKind { Boards, MainLocations, AllLocations, Pupils }

/// <summary>One file handed to the reader: its name (for messages) and its content; <see cref="Sector"/> when the caller knows it.</summary>
public sealed record DuoFile(string Name, Stream Content, Sector? Sector = null);

/// <summary>What was read from one file.</summary>
public sealed record DuoFileRead(string Name, DuoFileKind Kind, int Rows);

/// <summary>The register read from DUO's files, or the errors that refused it (then <see cref="Register"/> is null).</summary>
public sealed record DuoRegisterRead(SectorRegister? Register, IReadOnlyList<ObservatoryReason> Errors, IReadOnlyList<DuoFileRead> Files, int PupilRowsWithoutSchool)
{
    public bool Succeeded => Register is not null;
}

/// <summary>Bounds on what one import reads: a file larger or longer is refused, so a wrong file cannot exhaust memory.</summary>
public sealed record DuoReadLimits(int MaxMegabytes = 64, int MaxRows = 100_000, int MaxErrors = 50);

/// <summary>
/// Reads DUO's open-data "Adressen" files (Schoolbesturen, Hoofdvestigingen, Alle vestigingen, for po, so/vso, vo and mbo)
/// and the pupil counts per location into one <see cref="SectorRegister"/>, all or nothing. Each file is recognised by its
/// header; columns are found by name in DUO's spellings (old and new: "BRIN NUMMER" and "INSTELLINGSCODE"), so an added
/// column is no error. Both of DUO's channels read: duo.nl's files (';', Windows-1252) and onderwijsdata.duo.nl's (',',
/// UTF-8 with BOM, quoted); docs/DUO-FILES.md says which header rests on what evidence. Files are read row by row
/// (CsvHelper over <see cref="CsvText"/>); only the parsed rows are kept, at most <see cref="DuoReadLimits.MaxRows"/> per file.
/// </summary>
public static partial class DuoRegisterReader
{
    // Spellings as DUO's files write them; where a file changed its header over the years both are here, each with the
    // evidence in docs/DUO-FILES.md (read 2026-12-06). A spelling no DUO file is known to use is not guessed.
    private static readonly string[] BoardNumber = ["BEVOEGD GEZAG NUMMER"];
    private static readonly string[] BoardName = ["BEVOEGD GEZAG NAAM"];
    private static readonly string[] Brin = ["INSTELLINGSCODE", "BRIN NUMMER"];
    private static readonly string[] LocationCode = ["VESTIGINGSCODE", "VESTIGINGSNUMMER"];
    private static readonly string[] LocationName = ["VESTIGINGSNAAM", "INSTELLINGSNAAM VESTIGING", "NAAM VESTIGING"];
    private static readonly string[] InstitutionName = ["INSTELLINGSNAAM"];
    private static readonly string[] Province = ["PROVINCIE"];
    private static readonly string[] Municipality = ["GEMEENTENAAM", "GEMEENTENAAM VESTIGING"];
    private static readonly string[] Website = ["INTERNETADRES"];
    private static readonly string[] Pupils = ["AANTAL LEERLINGEN", "TOTAAL AANTAL LEERLINGEN"];
    private static readonly string[] CountYear = ["PEILJAAR"];
    private static readonly string[] SpecialKind = ["SOORT PRIMAIR ONDERWIJS"];
    private static readonly string[] VoStructure = ["ONDERWIJSSTRUCTUUR"];
    private static readonly string[] MboKind = ["MBO INSTELLINGSSOORT CODE"];

    /// <summary>Which DUO file a header is, or null.</summary>
    public static DuoFileKind? Recognise(IReadOnlyList<string> header)
    {
        var columns = new Header(header);
        var hasBrin = columns.Find(Brin) is not null;
        var hasCode = columns.Find(LocationCode) is not null;
        if (hasBrin && hasCode && (columns.Find(Pupils) is not null || columns.YearColumns().Count > 0))
        {
            return DuoFileKind.Pupils;
        }

        if (hasBrin && hasCode && columns.Find(Website) is not null && columns.Find(LocationName) is not null)
        {
            return DuoFileKind.AllLocations;
        }

        if (hasBrin && columns.Find(Website) is not null && columns.Find(InstitutionName) is not null && columns.Find(BoardNumber) is not null)
        {
            return DuoFileKind.MainLocations;
        }

        return !hasBrin && columns.Find(BoardNumber) is not null && columns.Find(BoardName) is not null ? DuoFileKind.Boards : null;
    }

    public static DuoRegisterRead Read(IReadOnlyList<DuoFile> files, DuoReadLimits? limits = null)
    {
        limits ??= new DuoReadLimits();
        var state = new ReadState(limits);
        foreach (var file in files)
        {
            if (state.Full)
            {
                break;
            }

            ReadFile(file, state);
        }

        if (state.Errors.Count == 0)
        {
            if (!state.Files.Any(f => f.Kind == DuoFileKind.Boards))
            {
                state.Errors.Add(new RegisterWithoutBoards());
            }

            if (!state.Files.Any(f => f.Kind is DuoFileKind.MainLocations or DuoFileKind.AllLocations))
            {
                state.Errors.Add(new RegisterWithoutSchools());
            }
        }

        if (state.Errors.Count == 0)
        {
            foreach (var (school, origin) in state.Schools.Values.Select(v => (v.School, v.Origin)))
            {
                if (!state.Boards.ContainsKey(school.BoardNumber) && state.Errors.Count < limits.MaxErrors)
                {
                    state.Errors.Add(new RegisterUnknownBoard(origin.File, origin.Row, origin.Column, school.BoardNumber));
                }
            }
        }

        if (state.Errors.Count > 0)
        {
            return new DuoRegisterRead(null, state.Errors, state.Files, 0);
        }

        var withoutSchool = 0;
        foreach (var (code, pupils) in state.Pupils)
        {
            if (state.Schools.TryGetValue(code, out var entry))
            {
                state.Schools[code] = entry with { School = entry.School with { Pupils = pupils } };
            }
            else
            {
                withoutSchool++; // DUO's pupil files also count locations that closed since, or of sectors not imported
            }
        }

        var register = new SectorRegister(
            [.. state.Boards.Values.OrderBy(b => b.BoardNumber, StringComparer.Ordinal)],
            [.. state.Schools.Values.Select(v => v.School).OrderBy(s => s.Code, StringComparer.Ordinal)]);
        return new DuoRegisterRead(register, [], state.Files, withoutSchool);
    }

    private static void ReadFile(DuoFile file, ReadState state)
    {
        var limits = state.Limits;
        if (file.Content.CanSeek && file.Content.Length > limits.MaxMegabytes * 1024L * 1024)
        {
            state.Errors.Add(new RegisterFileTooLarge(file.Name, limits.MaxMegabytes));
            return;
        }

        try
        {
            ReadRows(file, state);
        }
        catch (FileTooLargeException)
        {
            state.Errors.Add(new RegisterFileTooLarge(file.Name, limits.MaxMegabytes));
        }
    }

    private static void ReadRows(DuoFile file, ReadState state)
    {
        var limits = state.Limits;
        var csv = CsvText.Open(new BoundedStream(file.Content, limits.MaxMegabytes * 1024L * 1024));
        if (csv.HasNul)
        {
            csv.Reader.Dispose();
            state.Errors.Add(new RegisterFileNotRecognised(file.Name, "(binair bestand)"));
            return;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = CsvText.DetectDelimiter(csv.FirstLine, ";", ",", "\t"),
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        using var parser = new CsvParser(csv.Reader, config);
        if (!parser.Read())
        {
            state.Errors.Add(new RegisterFileEmpty(file.Name));
            return;
        }

        var header = new Header([.. (parser.Record ?? []).Select(c => c.Trim())]);
        if (Recognise(header.Names) is not { } kind)
        {
            state.Errors.Add(new RegisterFileNotRecognised(file.Name, Abridge(string.Join(config.Delimiter, header.Names))));
            return;
        }

        var rows = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tally = new PupilTally();
        while (parser.Read())
        {
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++rows > limits.MaxRows)
            {
                state.Errors.Add(new RegisterFileTooManyRows(file.Name, limits.MaxRows));
                return;
            }

            var row = new Row(file.Name, parser.Row, header, cells, state);
            if (cells.Length != header.Names.Count)
            {
                state.Add(new RegisterRowWrongWidth(file.Name, parser.Row, cells.Length, header.Names.Count));
                continue;
            }

            switch (kind)
            {
                case DuoFileKind.Boards:
                    ReadBoard(row, seen, state);
                    break;
                case DuoFileKind.Pupils:
                    ReadPupils(row, tally);
                    break;
                default:
                    ReadSchool(row, kind, file.Sector, seen, state);
                    break;
            }

            if (state.Full)
            {
                return;
            }
        }

        tally.AddNewestTo(state.Pupils);
        state.Files.Add(new DuoFileRead(file.Name, kind, rows));
    }

    private static void ReadBoard(Row row, HashSet<string> seen, ReadState state)
    {
        var number = row.Required(BoardNumber, NumberPattern());
        var name = row.Required(BoardName);
        if (number is null || name is null)
        {
            return;
        }

        if (!seen.Add(number))
        {
            state.Add(new RegisterDuplicate(row.File, row.Line, row.Header.Name(BoardNumber), number));
            return;
        }

        // The po and so board files both list a board that has schools of both kinds: the first one read stands.
        state.Boards.TryAdd(number, new RegisterBoard(number, name, row.Optional(Province), row.Optional(Municipality), row.Optional(Website)));
    }

    private static void ReadSchool(Row row, DuoFileKind kind, Sector? given, HashSet<string> seen, ReadState state)
    {
        var board = row.Required(BoardNumber, NumberPattern());
        var brin = row.Required(Brin, BrinPattern())?.ToUpperInvariant();
        var name = kind == DuoFileKind.AllLocations ? row.Required(LocationName) : row.Required(InstitutionName);
        var code = brin is null ? null : LocationCodeOf(row, brin, required: kind == DuoFileKind.AllLocations);
        if (board is null || brin is null || name is null || code is null)
        {
            return;
        }

        if (!seen.Add(code))
        {
            state.Add(new RegisterDuplicate(row.File, row.Line, row.Header.Name(kind == DuoFileKind.AllLocations ? LocationCode : Brin), code));
            return;
        }

        var sector = given ?? SectorOf(row);
        if (sector is null)
        {
            return;
        }

        var main = kind == DuoFileKind.MainLocations || code.EndsWith("00", StringComparison.Ordinal);
        var school = new RegisterSchool(code, brin, board, name, sector.Value, main, row.Optional(Province), row.Optional(Municipality), row.Optional(Website), null);
        // "Alle vestigingen" lists every location with its own name and website: it wins over the main-location file.
        if (kind == DuoFileKind.AllLocations || !state.Schools.ContainsKey(code))
        {
            var wasMain = state.Schools.TryGetValue(code, out var earlier) && earlier.School.IsMainLocation;
            state.Schools[code] = (school with { IsMainLocation = school.IsMainLocation || wasMain }, new Origin(row.File, row.Line, row.Header.Name(BoardNumber)));
        }
    }

    private static void ReadPupils(Row row, PupilTally tally)
    {
        var brin = row.Required(Brin, BrinPattern())?.ToUpperInvariant();
        var code = brin is null ? null : LocationCodeOf(row, brin, required: true);
        var column = row.Header.Find(Pupils) is not null ? Pupils : [row.Header.YearColumns()[^1]];
        var text = row.Optional(column);
        // DUO's long pupil files (brin6_totaal.csv) hold a row per location, school type and count date (PEILJAAR).
        var year = row.Header.Find(CountYear) is null ? 0 : row.Required(CountYear, YearPattern()) is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : -1;
        if (code is null || year < 0)
        {
            return;
        }

        if (text is null || IsSuppressed(text))
        {
            return; // DUO leaves a count out, or hides a small one, where it publishes none
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pupils) || pupils > InputRules.MaxCount)
        {
            row.State.Add(new RegisterCellInvalid(row.File, row.Line, row.Header.Name(column), text));
            return;
        }

        // A location can have several rows (one per school type): they add up.
        tally.Add(year, code, pupils);
    }

    /// <summary>
    /// DUO hides small counts as "&lt;5" and, in the long files, writes -1 for a count it withholds (docs/DUO-FILES.md):
    /// neither is a number of pupils, so the row adds nothing rather than a made-up figure.
    /// </summary>
    private static bool IsSuppressed(string text) => text.StartsWith('<') || text == "-1";

    /// <summary>
    /// So/vso count as <see cref="Sector.So"/>, sbo as <see cref="Sector.Po"/> (it falls under the WPO). The sbo/so/vso files
    /// say which per row in SOORT PRIMAIR ONDERWIJS; vo files have ONDERWIJSSTRUCTUUR, the mbo file MBO INSTELLINGSSOORT CODE;
    /// a po file has none of these and the caller may say the sector (`so=FILE` on the command line) where DUO's header does not.
    /// </summary>
    private static Sector? SectorOf(Row row)
    {
        if (row.Header.Find(SpecialKind) is not null)
        {
            var kind = row.Optional(SpecialKind)?.ToUpperInvariant() ?? "";
            return kind.Contains("SBO", StringComparison.Ordinal) || kind.Contains("SBAO", StringComparison.Ordinal)
                || kind.Contains("SPECIAAL BASIS", StringComparison.Ordinal) || kind is "BO" or "BAO"
                ? Sector.Po
                : kind.Contains("SO", StringComparison.Ordinal) || kind.Contains("SPECIAAL", StringComparison.Ordinal)
                    ? Sector.So
                    : Invalid(row, SpecialKind, kind);
        }

        return row.Header.Find(VoStructure) is not null ? Sector.Vo : row.Header.Find(MboKind) is not null ? Sector.Mbo : Sector.Po;
    }

    private static Sector? Invalid(Row row, string[] column, string value)
    {
        row.State.Add(new RegisterCellInvalid(row.File, row.Line, row.Header.Name(column), value));
        return null;
    }

    /// <summary>DUO writes the location code in full ("16SW03") in the address files and sometimes as the number only ("03").</summary>
    private static string? LocationCodeOf(Row row, string brin, bool required)
    {
        if (row.Header.Find(LocationCode) is null && !required)
        {
            return brin + "00";
        }

        var text = required ? row.Required(LocationCode) : row.Optional(LocationCode) ?? "00";
        if (text is null)
        {
            return null;
        }

        var code = text.ToUpperInvariant();
        code = code.Length <= 2 ? brin + code.PadLeft(2, '0') : code;
        if (!LocationPattern().IsMatch(code) || !code.StartsWith(brin, StringComparison.Ordinal))
        {
            row.State.Add(new RegisterCellInvalid(row.File, row.Line, row.Header.Name(LocationCode), text));
            return null;
        }

        return code;
    }

    private static string Abridge(string text) => text.Length > 200 ? text[..197] + "…" : text;

    [GeneratedRegex("^[0-9]{1,6}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]{2}[A-Za-z0-9]{2}$")]
    private static partial Regex BrinPattern();

    [GeneratedRegex("^[0-9]{2}[A-Z0-9]{2}[0-9]{2}$")]
    private static partial Regex LocationPattern();

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex("^LEERLINGEN ?([0-9]{4})$")]
    private static partial Regex YearColumn();

    private sealed record Origin(string File, int Row, string Column);

    /// <summary>One pupil file's counts per count date (0 when the file has none) and location; only the newest date is kept.</summary>
    private sealed class PupilTally
    {
        private readonly Dictionary<int, Dictionary<string, int>> _byYear = [];

        public void Add(int year, string code, int pupils)
        {
            var counts = _byYear.TryGetValue(year, out var known) ? known : _byYear[year] = new(StringComparer.Ordinal);
            counts[code] = counts.GetValueOrDefault(code) + pupils;
        }

        public void AddNewestTo(Dictionary<string, int> pupils)
        {
            if (_byYear.Count == 0)
            {
                return;
            }

            foreach (var (code, count) in _byYear[_byYear.Keys.Max()])
            {
                pupils[code] = pupils.GetValueOrDefault(code) + count;
            }
        }
    }

    private sealed class ReadState(DuoReadLimits limits)
    {
        public DuoReadLimits Limits { get; } = limits;
        public List<ObservatoryReason> Errors { get; } = [];
        public List<DuoFileRead> Files { get; } = [];
        public Dictionary<string, RegisterBoard> Boards { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (RegisterSchool School, Origin Origin)> Schools { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Pupils { get; } = new(StringComparer.Ordinal);
        public bool Full => Errors.Count >= Limits.MaxErrors;

        public void Add(ObservatoryReason error)
        {
            if (Errors.Count < Limits.MaxErrors)
            {
                Errors.Add(error);
            }

            if (Errors.Count == Limits.MaxErrors && Errors[^1] is not RegisterTooManyErrors)
            {
                Errors.Add(new RegisterTooManyErrors(Limits.MaxErrors));
            }
        }
    }

    /// <summary>Header names in DUO's spelling, found ignoring case, spaces, underscores and hyphens.</summary>
    private sealed class Header(IReadOnlyList<string> names)
    {
        private readonly Dictionary<string, int> _index = names.Select((n, i) => (Key: Key(n), i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);

        public IReadOnlyList<string> Names { get; } = names;

        public int? Find(string[] spellings) => spellings.Select(s => _index.TryGetValue(Key(s), out var i) ? i : (int?)null).FirstOrDefault(i => i is not null);

        /// <summary>The header as written in the file for the first spelling it has (for messages), else DUO's usual one.</summary>
        public string Name(string[] spellings) => Find(spellings) is { } i ? Names[i] : spellings[0];

        /// <summary>"LEERLINGEN_2023", "LEERLINGEN_2024" of the po pupil file, oldest first.</summary>
        public IReadOnlyList<string> YearColumns() =>
        [
            .. Names.Select(n => (Name: n, Match: YearColumn().Match(n.Trim().Replace('_', ' ').ToUpperInvariant())))
                .Where(x => x.Match.Success).OrderBy(x => x.Match.Groups[1].Value, StringComparer.Ordinal).Select(x => x.Name),
        ];

        private static string Key(string name) => new([.. name.ToUpperInvariant().Where(char.IsLetterOrDigit)]);
    }

    private sealed class Row(string file, int line, Header header, string[] cells, ReadState state)
    {
        public string File { get; } = file;
        public int Line { get; } = line;
        public Header Header { get; } = header;
        public ReadState State { get; } = state;

        public string? Optional(string[] column) =>
            Header.Find(column) is { } i && i < cells.Length && cells[i].Trim() is { Length: > 0 } value ? value : null;

        public string? Required(string[] column, Regex? pattern = null)
        {
            var value = Optional(column);
            if (value is null)
            {
                State.Add(new RegisterCellMissing(File, Line, Header.Name(column)));
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(value))
            {
                State.Add(new RegisterCellInvalid(File, Line, Header.Name(column), value));
                return null;
            }

            return value;
        }
    }

    private sealed class FileTooLargeException : IOException;

    /// <summary>Reads at most the limit from a stream that cannot tell its length up front; beyond it the read fails.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read = inner.CanSeek ? inner.Position : _read + n;
            return _read > limit ? throw new FileTooLargeException() : n;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
