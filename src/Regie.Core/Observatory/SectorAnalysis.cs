using Regie.Core.Scenarios;

namespace Regie.Core.Observatory;

/// <summary>
/// The shared landscapes of the sector as one value: the boards' contributions and the disclosure rule. Every figure it
/// gives goes through <see cref="SectorDisclosure"/>; no method returns a board's id or a figure of fewer than k boards.
/// A board that stops sharing is left out of the list the edge passes in, and so out of every figure.
/// </summary>
public sealed class SectorAnalysis
{
    private readonly IReadOnlyList<BoardContribution> boards;

    // Per party, scenario target, product and question: each board's entry by the board's index (null where it has none).
    private readonly Dictionary<(PartyKind Kind, string Id), PartyReliance?[]> parties = [];
    private readonly Dictionary<string, ScenarioHit?[]> hits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProductUse?[]> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenProductQuestion?[]> questions = new(StringComparer.Ordinal);

    public SectorAnalysis(IReadOnlyList<BoardContribution> contributions, DisclosureRule? rule = null)
    {
        boards = contributions;
        Disclosure = new SectorDisclosure([.. contributions.Select(c => c.Place)], rule ?? DisclosureRule.Default);
        for (var i = 0; i < boards.Count; i++)
        {
            foreach (var p in boards[i].Parties)
            {
                Entry(parties, (p.Kind, p.Id))[i] = p;
            }

            foreach (var h in boards[i].Scenarios)
            {
                Entry(hits, h.Key)[i] = h;
            }

            foreach (var p in boards[i].Products)
            {
                Entry(products, p.ProductId)[i] = p;
            }

            foreach (var q in boards[i].OpenQuestions)
            {
                Entry(questions, q.Key)[i] = q;
            }
        }
    }

    private T?[] Entry<TKey, T>(Dictionary<TKey, T?[]> index, TKey key)
        where TKey : notnull
        where T : class =>
        index.TryGetValue(key, out var list) ? list : index[key] = new T?[boards.Count];

    public SectorDisclosure Disclosure { get; }

    public DisclosureRule Rule => Disclosure.Rule;

    /// <summary>Every cell that holds at least one sharing board; whether its figures are published is decided per figure.</summary>
    public IReadOnlyList<CellKey> Cells =>
        [.. CellDimensions.Published.SelectMany(d => boards.Select(b => CellKey.Of(d, b.Place))).Distinct()
            .OrderBy(c => c.Dimension).ThenBy(c => c.Sector).ThenBy(c => c.Province, StringComparer.Ordinal).ThenBy(c => c.Size)];

    private BoardSet Where(Func<int, bool> contributes) =>
        BoardSet.Of(boards.Count, Enumerable.Range(0, boards.Count).Where(contributes));

    private IEnumerable<int> In(CellKey cell, BoardSet set) => set.Members().Where(i => cell.Contains(boards[i].Place));

    /// <summary>Sums <paramref name="value"/> (by board index) over the boards of <paramref name="cell"/> that contribute to it, if the rule allows.</summary>
    private Disclosed<int> Sum(CellKey cell, SectorMeasure measure, Func<int, int> value)
    {
        var set = Where(b => value(b) != 0);
        return Disclosure.Disclose(set, cell, measure, () => In(cell, set).Sum(value));
    }

    /// <summary>A count as a share of the cell's total: published only when both are; it carries the count's definition.</summary>
    private Disclosed<double> Share(Disclosed<int> part, Disclosed<int> total) =>
        part is Published<int> p && total is Published<int> t
            ? new Published<double>(t.Value == 0 ? 0 : (double)p.Value / t.Value, p.Definition)
            : new Withheld<double>(new SuppressedBelowK(Rule.K));

    /// <summary>The sector picture of one cell (<see cref="CellKey.All"/> for the whole sector).</summary>
    public SectorPicture Picture(CellKey cell)
    {
        var boardsFigure = Sum(cell, SectorMeasure.Boards, _ => 1);
        var pupils = Sum(cell, SectorMeasure.Pupils, b => boards[b].Pupils);
        var staff = Sum(cell, SectorMeasure.Staff, b => boards[b].Staff);
        var critical = Sum(cell, SectorMeasure.CriticalProcessesResting, b => boards[b].CriticalProcesses.Count);

        var pictures = new List<PartyPicture>();
        foreach (var (party, entries) in parties)
        {
            PartyReliance? Of(int b) => entries[b];
            var relying = Sum(cell, SectorMeasure.BoardsRelying, b => Of(b) is null ? 0 : 1);
            if (!relying.IsPublished)
            {
                // A party that fewer than k boards use is not named at all: its name alone would say that someone uses it.
                continue;
            }

            var name = entries.First(e => e is not null)!.Name;
            var partyPupils = Sum(cell, SectorMeasure.PupilsResting, b => Of(b)?.Pupils ?? 0);
            var direct = Sum(cell, SectorMeasure.PupilsRestingDirectly, b => Of(b)?.PupilsDirect ?? 0);
            var partyStaff = Sum(cell, SectorMeasure.StaffResting, b => Of(b)?.Staff ?? 0);
            var staffDirect = Sum(cell, SectorMeasure.StaffRestingDirectly, b => Of(b)?.StaffDirect ?? 0);
            var processes = Sum(cell, SectorMeasure.CriticalProcessesResting, b => Of(b)?.Processes.Count ?? 0);
            var processesDirect = Sum(cell, SectorMeasure.CriticalProcessesRestingDirectly, b => Of(b)?.ProcessesDirect.Count ?? 0);
            var perProcess = ProcessCounts(cell, SectorMeasure.ProcessRestingBoards, b => Of(b)?.Processes ?? []);
            pictures.Add(new PartyPicture(party.Kind, party.Id, name, relying,
                partyPupils, Share(partyPupils, pupils), direct, Share(direct, pupils), partyStaff, Share(partyStaff, staff),
                staffDirect, Share(staffDirect, staff), processes, Share(processes, critical), processesDirect, Share(processesDirect, critical), perProcess));
        }

        return new SectorPicture(
            cell, Rule.K, boardsFigure, pupils, staff, Sum(cell, SectorMeasure.Schools, b => boards[b].Schools),
            [.. pictures.OrderBy(p => p.Kind).ThenByDescending(p => p.Pupils is Published<int> v ? v.Value : -1)
                .ThenByDescending(p => ((Published<int>)p.Boards).Value).ThenBy(p => p.Id, StringComparer.Ordinal)],
            Seals(cell),
            Scenarios(cell),
            [.. Enum.GetValues<PartyKind>().Select(k => Concentration(cell, k))]);
    }

    private List<ProcessCount> ProcessCounts(CellKey cell, SectorMeasure measure, Func<int, IReadOnlyList<string>> processes) =>
        [.. Enumerable.Range(0, boards.Count).SelectMany(processes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(p => new ProcessCount(p, Sum(cell, measure, b => processes(b).Contains(p) ? 1 : 0)))
            .Where(c => c.Boards.IsPublished)];

    private SealPicture Seals(CellKey cell) => new(
        Sum(cell, SectorMeasure.ServicesAtSeal, b => boards[b].Figures.Services),
        [.. Enumerable.Range(0, 5).Select(l => Sum(cell, SectorMeasure.ServicesAtSeal, b => boards[b].Seals.Proven[l]))],
        [.. Enumerable.Range(0, 5).Select(l => Sum(cell, SectorMeasure.ServicesAtOptimisticSeal, b => boards[b].Seals.Optimistic[l]))]);

    private List<ScenarioPicture> Scenarios(CellKey cell)
    {
        var result = new List<ScenarioPicture>();
        foreach (var (key, entries) in hits)
        {
            ScenarioHit? Of(int b) => entries[b];
            var hit = Sum(cell, SectorMeasure.BoardsHit, b => Of(b) is null ? 0 : 1);
            if (!hit.IsPublished)
            {
                continue;
            }

            var first = entries.First(e => e is not null)!;
            result.Add(new ScenarioPicture(first.Kind, first.TargetId, first.TargetName, hit,
                Sum(cell, SectorMeasure.PupilsHit, b => Of(b)?.PupilsAtLeast ?? 0),
                ProcessCounts(cell, SectorMeasure.ProcessStoppedBoards, b => Of(b)?.CriticalProcessesStopped ?? [])));
        }

        return [.. result.OrderByDescending(s => ((Published<int>)s.Boards).Value).ThenByDescending(s => s.PupilsAtLeast is Published<int> p ? p.Value : -1)
            .ThenBy(s => s.Kind).ThenBy(s => s.TargetId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// HHI over the parties of one kind: each board's essential process counts one, split equally over the parties of that
    /// kind it rests on (as the board's own index splits a service's weight); a process resting on none is unattributed.
    /// </summary>
    private ConcentrationPicture Concentration(CellKey cell, PartyKind kind)
    {
        var set = Where(b => boards[b].CriticalProcesses.Count > 0);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0, unattributed = 0;
        foreach (var b in In(cell, set).Select(i => boards[i]))
        {
            var parties = b.Parties.Where(p => p.Kind == kind).ToArray();
            foreach (var process in b.CriticalProcesses)
            {
                total++;
                var on = parties.Where(p => p.Processes.Contains(process)).ToArray();
                if (on.Length == 0)
                {
                    unattributed++;
                    continue;
                }

                foreach (var p in on)
                {
                    weights[p.Id] = weights.GetValueOrDefault(p.Id) + (1.0 / on.Length);
                }
            }
        }

        var attributed = total - unattributed;
        var hhi = attributed <= 0 ? 0 : 10_000 * weights.Values.Sum(w => (w / attributed) * (w / attributed));
        return new ConcentrationPicture(kind,
            Disclosure.Disclose(set, cell, SectorMeasure.SectorConcentration, () => hhi),
            Disclosure.Disclose(set, cell, SectorMeasure.SectorConcentration, () => total <= 0 ? 0 : unattributed / total));
    }

    /// <summary>
    /// A board against the sector (all sharing boards) and against its peers (same sector group and size band): each of its
    /// four figures beside the quartiles, where the rule lets them be published.
    /// </summary>
    public BoardBenchmark Benchmark(BoardContribution board)
    {
        var peers = CellKey.PeersOf(board.Place);
        return new BoardBenchmark(peers, [.. Enum.GetValues<BoardFigure>().Select(f =>
        {
            var set = Where(b => boards[b].Figures.Of(f) is not null);
            Disclosed<Quartiles> In(CellKey cell) => Disclosure.Disclose(set, cell, SectorMeasure.Quartile,
                () => Quartiles.Of([.. this.In(cell, set).Select(b => boards[b].Figures.Of(f)!.Value)]));
            return new FigureBenchmark(f, board.Figures.Of(f), In(CellKey.All), In(peers));
        })]);
    }

    /// <summary>
    /// Vraagmacht (issue 15 point 6): per vendor and per catalog product, the boards, their schools and pupils that use it and
    /// the essential processes it serves; and the open vendor questions most boards share, most shared first.
    /// </summary>
    public Vraagmacht Vraagmacht(CellKey? within = null)
    {
        var cell = within ?? CellKey.All;
        var vendors = new List<VendorDemand>();
        foreach (var ((kind, id), entries) in parties.Where(p => p.Key.Kind == PartyKind.Vendor))
        {
            PartyReliance? Of(int b) => entries[b] is { ServicesDirect: > 0 } e ? e : null;
            var using_ = Sum(cell, SectorMeasure.BoardsUsingVendor, b => Of(b) is null ? 0 : 1);
            if (!using_.IsPublished)
            {
                continue;
            }

            var name = entries.First(e => e is not null)!.Name;
            vendors.Add(new VendorDemand(id, name, using_,
                Sum(cell, SectorMeasure.Schools, b => Of(b) is null ? 0 : boards[b].Schools),
                Sum(cell, SectorMeasure.PupilsRestingDirectly, b => Of(b)?.PupilsDirect ?? 0),
                ProcessCounts(cell, SectorMeasure.ProcessRestingBoards, b => Of(b)?.ProcessesDirect ?? [])));
        }

        var demand = new List<ProductDemand>();
        foreach (var (id, entries) in products)
        {
            ProductUse? Of(int b) => entries[b];
            var using_ = Sum(cell, SectorMeasure.BoardsUsingProduct, b => Of(b) is null ? 0 : 1);
            if (!using_.IsPublished)
            {
                continue;
            }

            var first = entries.First(e => e is not null)!;
            demand.Add(new ProductDemand(id, first.ProductName, first.VendorId, first.VendorName, using_,
                Sum(cell, SectorMeasure.Schools, b => Of(b) is null ? 0 : boards[b].Schools),
                Sum(cell, SectorMeasure.PupilsOnProduct, b => Of(b)?.Pupils ?? 0),
                ProcessCounts(cell, SectorMeasure.ProcessRestingBoards, b => Of(b)?.CriticalProcesses ?? [])));
        }

        var shared = new List<SharedQuestion>();
        foreach (var (_, entries) in questions)
        {
            var asking = Sum(cell, SectorMeasure.BoardsWithOpenQuestion, b => entries[b] is null ? 0 : 1);
            if (asking.IsPublished)
            {
                shared.Add(new SharedQuestion(entries.First(e => e is not null)!, asking));
            }
        }

        static int Count(Disclosed<int> d) => ((Published<int>)d).Value;
        return new Vraagmacht(cell,
            [.. vendors.OrderByDescending(v => Count(v.Boards)).ThenBy(v => v.VendorId, StringComparer.Ordinal)],
            [.. demand.OrderByDescending(p => Count(p.Boards)).ThenBy(p => p.ProductId, StringComparer.Ordinal)],
            [.. shared.OrderByDescending(q => Count(q.Boards)).ThenBy(q => q.Question.Key, StringComparer.Ordinal)]);
    }
}

/// <summary>The first quartile, median and third quartile, by linear interpolation between ranks (Excel's QUARTILE.INC).</summary>
public sealed record Quartiles(double Q1, double Median, double Q3)
{
    public static Quartiles Of(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p)
        {
            var position = (sorted.Length - 1) * p;
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
        }

        return sorted.Length == 0 ? throw new ArgumentException("Kwartielen van niets.", nameof(values)) : new Quartiles(At(0.25), At(0.5), At(0.75));
    }
}

/// <summary>One of the board's figures beside the sector's and its peers' quartiles; a comparison the rule withholds says so.</summary>
public sealed record FigureBenchmark(BoardFigure Figure, double? Board, Disclosed<Quartiles> Sector, Disclosed<Quartiles> Peers);

/// <summary>The board against the sector and against its peers (<see cref="Peers"/>: its sector group and size band).</summary>
public sealed record BoardBenchmark(CellKey Peers, IReadOnlyList<FigureBenchmark> Figures);

public sealed record VendorDemand(string VendorId, string Name, Disclosed<int> Boards, Disclosed<int> Schools, Disclosed<int> Pupils, IReadOnlyList<ProcessCount> Processes);

public sealed record ProductDemand(
    string ProductId, string Name, string? VendorId, string? VendorName, Disclosed<int> Boards, Disclosed<int> Schools, Disclosed<int> Pupils,
    IReadOnlyList<ProcessCount> Processes);

/// <summary>An open vendor question and how many boards have it open: asked once, for all of them.</summary>
public sealed record SharedQuestion(OpenProductQuestion Question, Disclosed<int> Boards);

/// <summary>The sector's collective demand: who depends on which vendor and product, and the questions to ask once.</summary>
public sealed record Vraagmacht(CellKey Cell, IReadOnlyList<VendorDemand> Vendors, IReadOnlyList<ProductDemand> Products, IReadOnlyList<SharedQuestion> Questions);
