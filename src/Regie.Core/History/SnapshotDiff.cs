using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Reporting;
using Regie.Core.Scoring;

namespace Regie.Core.History;

/// <summary>A service whose own fields changed between two dates, field by field.</summary>
public sealed record ServiceChange(Guid Id, string Name, IReadOnlyList<FieldChanged> Fields);

/// <summary>A service whose score, SEAL or standing moved, and why: the answers, fields, edges or dependencies that changed.</summary>
public sealed record ScoreMove(
    Guid Id, string Name, double Before, double After, int SealBefore, int SealAfter, Standing StandingBefore, Standing StandingAfter,
    IReadOnlyList<HistoryReason> Why)
{
    public double Change => After - Before;
}

/// <summary>What changed between two snapshots of a board (docs/HISTORY.md).</summary>
public sealed record SnapshotComparison(
    DateOnly From,
    DateOnly To,
    SnapshotFigures Before,
    SnapshotFigures After,
    ReportComparison Figures,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ServiceChange> Changed,
    IReadOnlyList<ScoreMove> ScoresMoved,
    IReadOnlyList<HistoryReason> Edges,
    IReadOnlyList<HistoryReason> Others)
{
    public bool NothingChanged => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && ScoresMoved.Count == 0 && Edges.Count == 0 && Others.Count == 0;
}

/// <summary>
/// Compares two snapshots, a pure function of the two: services by id (added, removed, changed field by field), scores that
/// moved with the recorded causes (criterion answers, the service's own fields, its edges, what it stands on, the model
/// or catalog version), edges, processes, own parties and corrections.
/// </summary>
public static class SnapshotDiff
{
    /// <summary>A score moves when it changes by at least this much (points on 0–100); SEAL and standing always count.</summary>
    public const double ScoreTolerance = 0.05;

    /// <param name="model">The model whose option labels name the answers; an answer the model no longer knows is named by its number.</param>
    public static SnapshotComparison Compare(BoardSnapshot from, BoardSnapshot to, SovereigntyModel model)
    {
        var before = from.Services.ToDictionary(s => s.Id);
        var after = to.Services.ToDictionary(s => s.Id);
        var names = new Dictionary<Guid, string>();
        foreach (var s in from.Services.Concat(to.Services))
        {
            names[s.Id] = s.Name;
        }

        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : id.ToString();

        var edgesBefore = from.Dependencies.ToHashSet();
        var edgesAfter = to.Dependencies.ToHashSet();
        var edgesAdded = to.Dependencies.Where(e => !edgesBefore.Contains(e)).ToList();
        var edgesRemoved = from.Dependencies.Where(e => !edgesAfter.Contains(e)).ToList();
        var edgeChanges = edgesAdded.Select(e => (Edge: e, Why: new EdgeChanged(Name(e.From), e.Kind, Name(e.To), Added: true)))
            .Concat(edgesRemoved.Select(e => (Edge: e, Why: new EdgeChanged(Name(e.From), e.Kind, Name(e.To), Added: false)))).ToList();

        var changed = new List<ServiceChange>();
        var fieldChanges = new Dictionary<Guid, List<FieldChanged>>();
        foreach (var now in to.Services)
        {
            if (before.TryGetValue(now.Id, out var was))
            {
                var fields = Fields(was.Fields, now.Fields).Select(f => new FieldChanged(f.Field, f.Before, f.After)).ToList();
                if (was.Name != now.Name)
                {
                    fields.Insert(0, new FieldChanged("name", was.Name, now.Name));
                }

                if (fields.Count > 0)
                {
                    changed.Add(new ServiceChange(now.Id, now.Name, fields));
                    fieldChanges[now.Id] = fields;
                }
            }
        }

        var moved = new Dictionary<Guid, (SnapshotService Was, SnapshotService Now)>();
        foreach (var now in to.Services)
        {
            if (before.TryGetValue(now.Id, out var was) && Moved(was, now))
            {
                moved[now.Id] = (was, now);
            }
        }

        var hardOutgoing = to.Dependencies.Where(e => e.Kind is Landscape.DependencyKind.HostedOn or Landscape.DependencyKind.SignsInThrough)
            .ToLookup(e => e.From, e => e.To);
        var moves = moved.Values.Select(m =>
        {
            var why = new List<HistoryReason>();
            why.AddRange(Answers(m.Was, m.Now, model));
            if (fieldChanges.TryGetValue(m.Now.Id, out var fields))
            {
                why.AddRange(fields.Where(f => f.Field != "notes"));
            }

            why.AddRange(edgeChanges.Where(e => e.Edge.From == m.Now.Id || e.Edge.To == m.Now.Id).Select(e => e.Why));
            foreach (var target in hardOutgoing[m.Now.Id])
            {
                if (moved.TryGetValue(target, out var other))
                {
                    why.Add(new DependencyMoved(other.Now.Name, other.Was.Score, other.Now.Score));
                }
            }

            if (why.Count == 0)
            {
                why.Add(from.ModelVersion != to.ModelVersion ? new ModelVersionChanged(from.ModelVersion, to.ModelVersion)
                    : from.CatalogVersion != to.CatalogVersion ? new CatalogVersionChanged(from.CatalogVersion, to.CatalogVersion)
                    : from.Profile != to.Profile ? new ProfileChanged(from.Profile, to.Profile)
                    : new NoRecordedCause());
            }

            return new ScoreMove(m.Now.Id, m.Now.Name, m.Was.Score, m.Now.Score, m.Was.Seal, m.Now.Seal, m.Was.Standing, m.Now.Standing, why);
        }).OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();

        var others = new List<HistoryReason>();
        Items(from.Processes, to.Processes, _ => SnapshotPart.Process, others);
        Items(from.OwnParties, to.OwnParties, PartOf, others);

        return new SnapshotComparison(
            from.Date,
            to.Date,
            from.Figures,
            to.Figures,
            BoardReport.Compare(from.Figures.Report, to.Figures.Report),
            [.. to.Services.Where(s => !before.ContainsKey(s.Id)).Select(s => s.Name).Order(StringComparer.Ordinal)],
            [.. from.Services.Where(s => !after.ContainsKey(s.Id)).Select(s => s.Name).Order(StringComparer.Ordinal)],
            [.. changed.OrderBy(c => c.Name, StringComparer.Ordinal)],
            moves,
            [.. edgeChanges.Select(e => e.Why)],
            others);
    }

    private static bool Moved(SnapshotService was, SnapshotService now) =>
        Math.Abs(now.Score - was.Score) >= ScoreTolerance || Math.Abs(now.OptimisticScore - was.OptimisticScore) >= ScoreTolerance
        || now.Seal != was.Seal || now.OptimisticSeal != was.OptimisticSeal || now.Standing != was.Standing;

    private static IEnumerable<AnswerChanged> Answers(SnapshotService was, SnapshotService now, SovereigntyModel model)
    {
        var old = was.Answers.GroupBy(a => a.Criterion, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var answer in now.Answers)
        {
            var previous = old.GetValueOrDefault(answer.Criterion);
            if (previous?.Option != answer.Option)
            {
                yield return new AnswerChanged(answer.Criterion, Label(model, answer.Criterion, previous?.Option), Label(model, answer.Criterion, answer.Option), answer.Origin);
            }
        }
    }

    private static LocalizedText? Label(SovereigntyModel model, string criterion, int? option) =>
        option is not { } o ? null
        : model.CriterionById.TryGetValue(criterion, out var c) && o >= 0 && o < c.Options.Count ? c.Options[o].Label
        : new LocalizedText($"optie {o}", $"option {o}");

    private static IEnumerable<(string Field, string? Before, string? After)> Fields(IReadOnlyDictionary<string, string> was, IReadOnlyDictionary<string, string> now)
    {
        foreach (var key in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var a = was.GetValueOrDefault(key);
            var b = now.GetValueOrDefault(key);
            if (a != b)
            {
                yield return (key, a, b);
            }
        }
    }

    private static void Items(IReadOnlyList<SnapshotItem> from, IReadOnlyList<SnapshotItem> to, Func<string, SnapshotPart> part, List<HistoryReason> into)
    {
        var before = from.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = to.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var item in to.Where(i => !before.ContainsKey(i.Key)))
        {
            into.Add(new ItemAdded(part(item.Key), item.Name));
        }

        foreach (var item in from.Where(i => !after.ContainsKey(i.Key)))
        {
            into.Add(new ItemRemoved(part(item.Key), item.Name));
        }

        foreach (var item in to.Where(i => before.ContainsKey(i.Key)))
        {
            var was = before[item.Key];
            if (was.Name != item.Name)
            {
                into.Add(new ItemChanged(part(item.Key), item.Name, "name", was.Name, item.Name));
            }

            into.AddRange(Fields(was.Fields, item.Fields).Select(f => new ItemChanged(part(item.Key), item.Name, f.Field, f.Before, f.After)));
        }
    }

    private static SnapshotPart PartOf(string key) => key.Split(':')[0] switch
    {
        "company" => SnapshotPart.Company,
        "provider" => SnapshotPart.Provider,
        "product" => SnapshotPart.Product,
        "correction" => SnapshotPart.Correction,
        _ => SnapshotPart.Service,
    };
}
