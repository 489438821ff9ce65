using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scenarios;

/// <summary>What happens: a party falls away, a government compels access, a product ends, or a price rises.</summary>
public enum ScenarioKind { Unavailable, CompelledAccess, ProductEnds, PriceRise }

/// <summary>To whom it happens. A company is any company in a vendor's or a hosting provider's ownership chain.</summary>
public enum TargetKind { Company, Provider, Country, Product }

/// <summary>
/// A party, country or product of the board that a scenario can name. <paramref name="Services"/> counts the services hit
/// directly (it is in their own chain: vendor, owners, hosting, product, or for a country a sub-processor's seat);
/// <paramref name="ServicesDown"/> everything that goes down when it falls away (a product: when it ends), the services
/// that sign in through or run on those included. A sub-processor exposes data but takes nothing down.
/// </summary>
public sealed record ScenarioTarget(TargetKind Kind, string Id, string Name, int Services, LocalizedText? CountryName = null, int ServicesDown = 0)
{
    /// <summary>A name that differs by language, for a party that has one (a provider such as "Zelf gehost" / "Self-hosted").</summary>
    public LocalizedText? Names { get; init; }

    /// <summary>The name in either language: a country's name is translated ("Verenigde Staten (US)", "United States (US)"), a party's is its own.</summary>
    public LocalizedText Label => CountryName is { } n ? new($"{n.Nl} ({Id})", $"{n.En} ({Id})") : Names ?? LocalizedText.Same(Name);

    /// <summary>"company:microsoft", the form the API, the CLI and the page's drop-downs use.</summary>
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(TargetKind kind, string id) => kind switch
    {
        TargetKind.Company => "company:",
        TargetKind.Provider => "provider:",
        TargetKind.Country => "country:",
        _ => "product:",
    } + id.ToLowerInvariant();
}

/// <summary>A scenario: its kind, its target and, for a price rise, the percentage.</summary>
public sealed record Scenario(ScenarioKind Kind, ScenarioTarget Target, double Percent = 0)
{
    /// <summary>"Microsoft Corporation valt weg", as a reason the page and the CLI render.</summary>
    public ScenarioHeadline Headline => new(Kind, Target.Label, Percent);

    public static string KindKey(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Unavailable => "unavailable",
        ScenarioKind.CompelledAccess => "compelled-access",
        ScenarioKind.ProductEnds => "product-ends",
        _ => "price-rise",
    };

    public static bool TryParseKind(string? text, out ScenarioKind kind)
    {
        foreach (var k in Enum.GetValues<ScenarioKind>())
        {
            if (string.Equals(text?.Trim(), KindKey(k), StringComparison.OrdinalIgnoreCase) || string.Equals(text?.Trim(), k.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The target kinds a scenario kind accepts (a government is a country; a product ends, a company does not).</summary>
    public static IReadOnlyList<TargetKind> TargetKindsOf(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Unavailable => [TargetKind.Company, TargetKind.Provider, TargetKind.Country],
        ScenarioKind.CompelledAccess => [TargetKind.Country],
        ScenarioKind.ProductEnds => [TargetKind.Product],
        _ => [TargetKind.Company, TargetKind.Provider, TargetKind.Product],
    };
}

/// <summary>How a scenario touches a service.</summary>
public enum Impact { Down, Degraded, Exposed, PriceRaised }

/// <summary>How a scenario touches a process: every supporting service down, some down, or only degraded ones.</summary>
public enum ProcessImpact { Stopped, Disrupted, Degraded }

/// <summary>A service the scenario touches, with the path that explains it ("Magister → logt in via Entra ID → moederbedrijf Microsoft Corporation (US)").</summary>
public sealed record AffectedService(
    ServiceId Id,
    string Name,
    Impact Impact,
    ServicePath Route,
    IReadOnlyList<string> ProcessIds,
    int? Pupils,
    int? Staff,
    IReadOnlyList<string> DataCategories,
    decimal? AnnualCost,
    decimal? ExtraCost);

/// <summary>A process the scenario touches; Weight is criticality × the impact factor that enters the harm score.</summary>
public sealed record AffectedProcess(Process Process, ProcessImpact Impact, int ServicesDown, int ServicesDegraded, int ServicesSupporting, double Weight);

/// <summary>
/// People affected. Users of different services overlap (the same pupils use Magister and Teams), so the largest single
/// service is the lower bound and the sum, capped at the board's total, the upper bound. Nothing is added up silently.
/// </summary>
public sealed record PeopleAffected(
    int PupilsAtLeast, int PupilsAtMost, int StaffAtLeast, int StaffAtMost, int ServicesWithoutCounts, ScenarioReason Why);

/// <summary>A personal-data category a compelled government could reach, with how many people at least (largest service holding it).</summary>
public sealed record ExposedCategory(string Id, LocalizedText Name, int Level, int PupilsAtLeast, int StaffAtLeast, IReadOnlyList<string> Services);

/// <summary>Money: the contract value of the services down, or the extra cost of a price rise, where AnnualCost is known.</summary>
public sealed record CostImpact(decimal Amount, int ServicesWithCost, int ServicesWithoutCost, ScenarioReason Why)
{
    /// <summary>False when not one service the scenario reaches has a known contract value: the amount is then no € 0 but unknown.</summary>
    public bool IsKnown => ServicesWithCost > 0 || ServicesWithoutCost == 0;
}

/// <summary>
/// The harm score (0–100) with its formula and the figures filled in. Unknown when nothing it rests on is known (a price rise
/// on services without any contract value): <see cref="Score"/> is then 0 for ordering only, and screens say "onbekend".
/// </summary>
public sealed record Harm(double Score, ScenarioReason Why)
{
    public bool IsKnown => Why is not PriceHarmUnknown;
}

public sealed record ScenarioResult(
    Scenario Scenario,
    IReadOnlyList<AffectedService> Down,
    IReadOnlyList<AffectedService> Degraded,
    IReadOnlyList<AffectedService> Exposed,
    IReadOnlyList<AffectedService> PriceRaised,
    IReadOnlyList<AffectedProcess> Processes,
    PeopleAffected People,
    IReadOnlyList<ExposedCategory> DataCategories,
    CostImpact Cost,
    Harm Harm,
    IReadOnlyList<ScenarioReason> Remarks)
{
    public IEnumerable<AffectedService> All => Down.Concat(Degraded).Concat(Exposed).Concat(PriceRaised);

    /// <summary>Services down because the target is in their own chain; the others in <see cref="Down"/> go down through a dependency.</summary>
    public int DownDirectly => Down.Count(s => s.Route.Links.Count == 0);

    public int DownThroughDependencies => Down.Count - DownDirectly;
}

/// <summary>
/// One row of the sweep: a party or country falling away, and what that would do to the board. <paramref name="ServicesDown"/>
/// counts everything down, through dependencies too; <paramref name="ServicesHitDirectly"/> the services with the party in their own chain.
/// </summary>
public sealed record SweepRow(
    Scenario Scenario, double Harm, int ServicesDown, int ServicesDegraded, int ProcessesStopped, int ProcessesAffected, int PupilsAtLeast, int StaffAtLeast,
    int ServicesHitDirectly);

/// <summary>Every provider, company and country of the board falling away, ranked by harm ("wat zou het meeste pijn doen").</summary>
public sealed record Sweep(IReadOnlyList<SweepRow> Rows, ScenarioReason Why);
