using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Planning;

/// <summary>How a candidate stands against a service: why it is listed, or why it is not proposed.</summary>
public sealed record FunctionVerdict(IReadOnlyList<PlanningReason> Listed, PlanningReason? NotProposed)
{
    public bool Proposed => NotProposed is null;
}

/// <summary>
/// What a service is for, to judge a candidate by: its product's category, the processes it supports (the board's and
/// the catalog product's) and, for a sign-in service that pupils use, the school sectors those pupils may come from.
/// A candidate is proposed only for the same function: an alternative when the categories or processes it says it can
/// replace (alternatives.yaml <c>replacesFunctions</c>) cover the service's category or one of its processes; a catalog
/// product when it has the same category or a category that serves one of the service's processes (categories.yaml
/// <c>processes</c>). Being named by the catalog is a reason to look, not enough on its own: Teams gets no PeerTube (a
/// video platform for a website) and no Mastodon (parent communication). docs/ROADMAP.md.
/// </summary>
public sealed class SameFunction
{
    private readonly Product product;
    private readonly KnowledgeCatalog catalog;
    private readonly IReadOnlyList<string> processIds;
    private readonly Dictionary<string, Process> processes;

    /// <summary>The sectors whose pupils the service may sign in; null when it is not a sign-in service used by pupils.</summary>
    private readonly IReadOnlyList<string>? pupilSectors;

    private SameFunction(Product product, KnowledgeCatalog catalog, IReadOnlyList<string> processIds, Dictionary<string, Process> processes, IReadOnlyList<string>? pupilSectors)
    {
        this.product = product;
        this.catalog = catalog;
        this.processIds = processIds;
        this.processes = processes;
        this.pupilSectors = pupilSectors;
    }

    /// <param name="board">The board, for its processes and its schools' sectors; null when unknown (then any pupils may be primary pupils).</param>
    public static SameFunction Of(BoardLandscape? board, Service service, Product product, KnowledgeCatalog catalog, RegieKnowledge knowledge)
    {
        var processIds = service.ProcessIds.Concat(product.Processes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var processes = (board?.Processes ?? knowledge.ProcessTemplates)
            .Concat(knowledge.ProcessTemplates)
            .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var signsInPupils = (product.IdentityProvider || product.Category == IdentityCategory) && service.Pupils is not 0;
        return new SameFunction(product, catalog, processIds, processes, signsInPupils ? PupilSectorsOf(board) : null);
    }

    /// <summary>The catalog category of sign-in and identity services.</summary>
    public const string IdentityCategory = "identiteit";

    /// <summary>
    /// The sectors of the board's schools (or of the board itself when it lists no schools). Regie does not know which
    /// schools use a service, so every one of them may; with no board, primary pupils may be among them.
    /// </summary>
    private static IReadOnlyList<string> PupilSectorsOf(BoardLandscape? board)
    {
        var sectors = board is null ? [] : board.Schools.Count > 0 ? board.Schools.Select(s => s.Sector) : board.Organisation.Sectors;
        var named = sectors.Distinct().Select(SectorId).ToList();
        return named.Count > 0 ? named : [PupilSector.Po];
    }

    private static string SectorId(Sector sector) => sector switch
    {
        Sector.Po => PupilSector.Po,
        Sector.So => PupilSector.So,
        Sector.Vo => PupilSector.Vo,
        _ => PupilSector.Mbo,
    };

    /// <summary>Why <paramref name="target"/> is listed for the service, or why it is not proposed.</summary>
    public FunctionVerdict Judge(MoveTarget target, bool namedByCatalog)
    {
        var listed = new List<PlanningReason>();
        if (namedByCatalog)
        {
            listed.Add(new NamedByCatalog(product.FullName));
        }

        var category = target.Alternative?.Category ?? target.Product?.Category;
        if (target.Alternative is { } alternative)
        {
            // An alternative says itself what it can replace (alternatives.yaml replacesFunctions); its own category is what it is.
            var functions = alternative.ReplacesFunctions;
            if (functions.CoversCategory(product.Category))
            {
                listed.Add(new InSameCategory(CategoryName(product.Category)));
            }
            else
            {
                listed.AddRange(processIds.Where(functions.CoversProcess).Select(ServesSame));
            }
        }
        else if (string.Equals(category, product.Category, StringComparison.OrdinalIgnoreCase))
        {
            listed.Add(new InSameCategory(CategoryName(product.Category)));
        }
        else
        {
            var served = category is not null && catalog.CategoryById.TryGetValue(category, out var c) ? c.ProcessIds : [];
            listed.AddRange(processIds.Where(p => served.Contains(p, StringComparer.OrdinalIgnoreCase)).Select(ServesSame));
        }

        if (listed.Count == (namedByCatalog ? 1 : 0))
        {
            return new(listed, new OtherFunction(category is null ? null : CategoryName(category), CategoryName(product.Category)));
        }

        if (pupilSectors is null)
        {
            return new(listed, null);
        }

        // Unknown means not proposed for primary pupils: young children cannot sign in where a service does not admit them.
        var admitted = target.Product?.PupilSectors is { IsKnown: true, Value: { } known } ? known : null;
        IReadOnlyList<string> missing = pupilSectors.Contains(PupilSector.Po)
            ? admitted?.Contains(PupilSector.Po) == true ? [] : [PupilSector.Po]
            : admitted is null || admitted.Intersect(pupilSectors).Any() ? [] : pupilSectors;
        if (missing.Count > 0)
        {
            return new(listed, new PupilsNotAdmitted(target.FullName, missing, admitted));
        }

        if (admitted is not null)
        {
            listed.Add(new AdmitsPupils(admitted, target.Product!.PupilSectors.Source));
        }

        return new(listed, null);
    }

    private ServesSameProcess ServesSame(string process) =>
        new(processes.TryGetValue(process, out var known) ? known.Name : new LocalizedText(process, process));

    private LocalizedText CategoryName(string id) => catalog.CategoryById.TryGetValue(id, out var c) ? c.Name : new LocalizedText(id, id);
}
