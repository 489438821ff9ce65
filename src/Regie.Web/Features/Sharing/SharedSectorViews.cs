using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Observatory;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Sharing;

/// <summary>A figure for the API: its value only when published; always the reason (definition and board count, or why withheld).</summary>
public sealed record FigureDto(bool Published, object? Value, ReasonDocument Why);

public sealed record PartyDto(string Kind, string Id, string Name, FigureDto Boards, FigureDto Pupils, FigureDto PupilShare, FigureDto PupilsDirect,
    FigureDto PupilShareDirect, FigureDto Staff, FigureDto StaffShare, FigureDto CriticalProcesses, FigureDto CriticalProcessShare,
    FigureDto CriticalProcessesDirect, FigureDto CriticalProcessShareDirect, FigureDto StaffDirect, FigureDto StaffShareDirect);

public sealed record ScenarioDto(string Kind, string TargetId, string TargetName, FigureDto Boards, FigureDto PupilsAtLeast, IReadOnlyList<ProcessCountDto> Processes);

public sealed record ProcessCountDto(string Process, FigureDto Boards);

public sealed record PictureDto(string Cell, string CellName, int K, FigureDto Boards, FigureDto Pupils, FigureDto Staff, FigureDto Schools,
    IReadOnlyList<PartyDto> Parties, FigureDto Services, IReadOnlyList<FigureDto> SealProven, IReadOnlyList<FigureDto> SealOptimistic,
    IReadOnlyList<ScenarioDto> Scenarios, IReadOnlyList<ConcentrationDto> Concentration, IReadOnlyList<string> Cells, ReleaseDto Release);

/// <summary>The sector release the figures come from: its day, or null when none is published (every figure withheld), and why either way.</summary>
public sealed record ReleaseDto(DateOnly? MadeOn, IReadOnlyList<ReasonDocument> Why);

public sealed record ConcentrationDto(string Kind, FigureDto Hhi, FigureDto UnattributedShare);

public sealed record DemandDto(string Kind, string Id, string Name, string? VendorName, FigureDto Boards, FigureDto Schools, FigureDto Pupils, IReadOnlyList<ProcessCountDto> Processes);

public sealed record QuestionDto(string Question, string VendorName, string? ProductName, FigureDto Boards, string Text);

public sealed record VraagmachtDto(string Cell, int K, IReadOnlyList<DemandDto> Vendors, IReadOnlyList<DemandDto> Products, IReadOnlyList<QuestionDto> Questions,
    ReleaseDto Release);

/// <summary>
/// The cells as the page and the API name them ("all", "sector=po", "province=Utrecht", "size=Small", "sector=po;size=Small",
/// "province=Utrecht;size=Small"), and the picture as JSON. A withheld figure carries no value, only its reason.
/// </summary>
public static class SharedSectorViews
{
    public static string Name(CellKey cell) => cell.Dimension switch
    {
        CellDimension.All => "all",
        _ => string.Join(";", new[]
        {
            cell.Sector is { } s ? $"sector={s.ToString().ToLowerInvariant()}" : null,
            cell.Province is { } p ? $"province={p}" : null,
            cell.Size is { } z ? $"size={z}" : null,
        }.OfType<string>()),
    };

    /// <summary>The cell a name gives, or null when it names none of the published dimensions.</summary>
    public static CellKey? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return CellKey.All;
        }

        SectorGroup? sector = null;
        string? province = null;
        BoardSize? size = null;
        foreach (var part in name.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (field, value) = part.IndexOf('=') is var at and > 0 ? (part[..at].Trim().ToLowerInvariant(), part[(at + 1)..].Trim()) : ("", "");
            switch (field)
            {
                case "sector" when Enum.TryParse<SectorGroup>(value, true, out var s) && sector is null:
                    sector = s;
                    break;
                case "province" when value.Length > 0 && province is null:
                    province = value == CellKey.UnknownProvince ? value : BoardSharing.ProvinceOf(value);
                    if (province is null)
                    {
                        return null;
                    }

                    break;
                case "size" when Enum.TryParse<BoardSize>(value, true, out var z) && !int.TryParse(value, out _) && size is null:
                    size = z;
                    break;
                default:
                    return null;
            }
        }

        CellDimension? dimension = (sector, province, size) switch
        {
            ({ }, null, null) => CellDimension.Sector,
            (null, { }, null) => CellDimension.Province,
            (null, null, { }) => CellDimension.Size,
            ({ }, null, { }) => CellDimension.SectorBySize,
            (null, { }, { }) => CellDimension.ProvinceBySize,
            _ => null,
        };
        return dimension is { } d ? new CellKey(d, sector, province, size) : null;
    }

    public static FigureDto Figure<T>(Disclosed<T> figure, UiText text) =>
        figure is Published<T> p ? new(true, p.Value, text.Document(p.Definition)) : new(false, null, text.Document(figure.Why));

    public static ReleaseDto Json(SectorReleaseView release, UiText text) => new(release.MadeOn, [.. release.Why.Select(text.Document)]);

    public static PictureDto Json(SectorPicture picture, IReadOnlyList<CellKey> cells, SectorReleaseView release, UiText text)
    {
        FigureDto F<T>(Disclosed<T> d) => Figure(d, text);
        return new PictureDto(Name(picture.Cell), text.Why(picture.Name), picture.K, F(picture.Boards), F(picture.Pupils), F(picture.Staff), F(picture.Schools),
            [.. picture.Parties.Select(p => new PartyDto(p.Kind.ToString(), p.Id, p.Name, F(p.Boards), F(p.Pupils), F(p.PupilShare), F(p.PupilsDirect),
                F(p.PupilShareDirect), F(p.Staff), F(p.StaffShare), F(p.CriticalProcesses), F(p.CriticalProcessShare), F(p.CriticalProcessesDirect),
                F(p.CriticalProcessShareDirect), F(p.StaffDirect), F(p.StaffShareDirect)))],
            F(picture.Seals.Services), [.. picture.Seals.Proven.Select(F)], [.. picture.Seals.Optimistic.Select(F)],
            [.. picture.Scenarios.Select(s => new ScenarioDto(s.Kind.ToString(), s.TargetId, s.TargetName, F(s.Boards), F(s.PupilsAtLeast),
                [.. s.Processes.Select(c => new ProcessCountDto(c.ProcessId, F(c.Boards)))]))],
            [.. picture.Concentration.Select(c => new ConcentrationDto(c.Kind.ToString(), F(c.Hhi), F(c.UnattributedShare)))],
            [.. cells.Select(Name)], Json(release, text));
    }

    public static VraagmachtDto Json(Vraagmacht demand, int k, SectorReleaseView release, SovereigntyModel model, UiText text)
    {
        FigureDto F<T>(Disclosed<T> d) => Figure(d, text);
        return new VraagmachtDto(Name(demand.Cell), k,
            [.. demand.Vendors.Select(v => new DemandDto("vendor", v.VendorId, v.Name, null, F(v.Boards), F(v.Schools), F(v.Pupils),
                [.. v.Processes.Select(c => new ProcessCountDto(c.ProcessId, F(c.Boards)))]))],
            [.. demand.Products.Select(p => new DemandDto("product", p.ProductId, p.Name, p.VendorName, F(p.Boards), F(p.Schools), F(p.Pupils),
                [.. p.Processes.Select(c => new ProcessCountDto(c.ProcessId, F(c.Boards)))]))],
            [.. demand.Questions.Select(q => new QuestionDto(q.Question.Key, q.Question.VendorName, q.Question.ProductName, F(q.Boards),
                q.Question.Text(model, text.ApiCulture)))], Json(release, text));
    }

    private static readonly IReadOnlyList<ExportColumn> DemandColumns =
    [
        new("kind", "Soort", "Kind"),
        new("id", "Id", "Id"),
        new("name", "Naam", "Name"),
        new("boards", "Besturen", "Boards", CellKind.Integer),
        new("schools", "Scholen", "Schools", CellKind.Integer),
        new("pupils", "Leerlingen", "Pupils", CellKind.Integer),
        new("criticalProcesses", "Essentiële processen (besturen)", "Essential processes (boards)"),
        new("question", "Vraag", "Question"),
    ];

    /// <summary>Vendors, products and shared questions as one list for the export writers; a withheld figure is an empty cell.</summary>
    public static ExportTable Table(Vraagmacht demand, SovereigntyModel model, System.Globalization.CultureInfo culture)
    {
        static object? N(Disclosed<int> d) => d is Published<int> p ? (long)p.Value : null;
        static string Processes(IReadOnlyList<ProcessCount> list) =>
            string.Join("; ", list.Where(c => c.Boards.IsPublished).Select(c => $"{c.ProcessId} ({((Published<int>)c.Boards).Value})"));
        var rows = demand.Vendors.Select(v => (IReadOnlyList<object?>)["vendor", v.VendorId, v.Name, N(v.Boards), N(v.Schools), N(v.Pupils), Processes(v.Processes), null])
            .Concat(demand.Products.Select(p => (IReadOnlyList<object?>)["product", p.ProductId, p.Name, N(p.Boards), N(p.Schools), N(p.Pupils), Processes(p.Processes), null]))
            .Concat(demand.Questions.Select(q => (IReadOnlyList<object?>)["question", q.Question.Key, q.Question.ProductName ?? q.Question.VendorName, N(q.Boards), null, null, "", q.Question.Text(model, culture)]));
        return new ExportTable(new("vraagmacht", "sector-demand"), DemandColumns, rows);
    }
}
