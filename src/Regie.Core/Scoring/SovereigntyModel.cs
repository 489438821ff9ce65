using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

public sealed record Objective(string Id, LocalizedText Name);

public sealed record CriterionOption(int Seal, LocalizedText Label);

public sealed record Criterion(string Id, string Objective, LocalizedText Question, string? Prefill, IReadOnlyList<CriterionOption> Options)
{
    /// <summary>EC calculator: points rise linearly over the ordered answers, the last answer scores full marks.</summary>
    public double PointsFor(int option) => Options.Count <= 1 ? 1.0 : (double)option / (Options.Count - 1);

    public int BestOption => Options.Count - 1;
}

public sealed record WeightProfile(string Id, LocalizedText Name, string Source, IReadOnlyDictionary<string, double> Weights);

public sealed record InheritanceRule(IReadOnlySet<DependencyKind> Edges, IReadOnlySet<string> Objectives);

public sealed record PolicyThreshold(int MinSeal, int MinScore);

public sealed record UrgencyBand(string Id, double From);

public sealed record UrgencySettings(
    double ImpactWeight, double DataWeight, double CouplingWeight,
    IReadOnlyList<int> CouplingThresholds, double ExposureFloor, double MaxMitigation, IReadOnlyList<UrgencyBand> Bands)
{
    public string BandFor(double urgency)
    {
        for (var b = Bands.Count - 1; b > 0; b--)
        {
            if (urgency >= Bands[b].From)
            {
                return Bands[b].Id;
            }
        }

        return Bands[0].Id;
    }

    /// <summary>A band's place from the lowest (0); -1 for an id the model does not have.</summary>
    public int RankOf(string band)
    {
        for (var b = 0; b < Bands.Count; b++)
        {
            if (Bands[b].Id == band)
            {
                return b;
            }
        }

        return -1;
    }
}

public sealed class SovereigntyModel
{
    public SovereigntyModel(
        string version, string defaultProfile, IReadOnlyList<Objective> objectives, IReadOnlyList<WeightProfile> profiles,
        IReadOnlyList<Criterion> criteria, InheritanceRule inheritance, PolicyThreshold essentialPolicy, UrgencySettings urgency)
    {
        Version = version;
        DefaultProfile = defaultProfile;
        Objectives = objectives;
        Profiles = profiles;
        Criteria = criteria;
        Inheritance = inheritance;
        EssentialPolicy = essentialPolicy;
        Urgency = urgency;
        CriteriaByObjective = objectives.ToDictionary(o => o.Id, o => (IReadOnlyList<Criterion>)[.. criteria.Where(c => c.Objective == o.Id)]);
        CriterionById = criteria.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        ScoredObjectives = [.. objectives.Where(o => CriteriaByObjective[o.Id].Count > 0)];
    }

    /// <summary>The objectives that have criteria, in the model's order: the ones a service is scored on.</summary>
    public IReadOnlyList<Objective> ScoredObjectives { get; }

    public string Version { get; }
    public string DefaultProfile { get; }
    public IReadOnlyList<Objective> Objectives { get; }
    public IReadOnlyList<WeightProfile> Profiles { get; }
    public IReadOnlyList<Criterion> Criteria { get; }
    public InheritanceRule Inheritance { get; }
    public PolicyThreshold EssentialPolicy { get; }
    public UrgencySettings Urgency { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Criterion>> CriteriaByObjective { get; }
    public IReadOnlyDictionary<string, Criterion> CriterionById { get; }

    /// <summary>The profile a board stored, or the default when it stored none or one this model no longer has.</summary>
    public string StoredProfileOrDefault(string? stored) =>
        stored is not null && Profiles.Any(p => p.Id == stored) ? stored : DefaultProfile;

    public WeightProfile Profile(string? id) =>
        Profiles.FirstOrDefault(p => p.Id == (id ?? DefaultProfile))
        ?? throw new ArgumentException($"Onbekend wegingsprofiel '{id}'. Kies uit: {string.Join(", ", Profiles.Select(p => p.Id))}.");
}
