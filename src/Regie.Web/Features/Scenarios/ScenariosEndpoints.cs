using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Explaining;
using Regie.Core.Scenarios;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Scenarios;

/// <summary>What-if scenarios on the current board, and the sweep of every party and country ranked by harm.</summary>
public static class ScenariosEndpoints
{
    public static void MapScenariosApi(this RouteGroupBuilder api)
    {
        var scenarios = api.MapGroup("/scenarios").WithTags("Scenarios");
        scenarios.MapGet("/run", (string? kind, string? target, double? percent, BoardAnalysis board, UiText text, CancellationToken ct) =>
                RunAsync(new ScenarioRequest(kind, target, percent), board, text, ct))
            .WithSummary("Runs one scenario: kind = unavailable, compelled-access, product-ends or price-rise; target = e.g. microsoft, provider:aws, US; percent for a price rise.");
        scenarios.MapPost("/run", (ScenarioRequest request, BoardAnalysis board, UiText text, CancellationToken ct) => RunAsync(request, board, text, ct))
            .WithSummary("Runs one scenario given in the body ({ kind, target, percent }).")
            .RequireAuthorization(Policies.BoardReader); // computes, stores nothing: readers may
        scenarios.MapGet("/sweep", async (BoardAnalysis board, UiText text, CancellationToken ct) =>
            {
                var sweep = (await ScenarioOperations.PrepareAsync(board, ct)).RunSweep();
                return TypedResults.Ok(new SweepDto(text.Document(sweep.Why), [.. sweep.Rows.Select(SweepRowDto.From)]));
            })
            .WithSummary("Every hosting provider, company in the ownership chains and country falling away, ranked by harm.");
        scenarios.MapGet("/targets", async (BoardAnalysis board, CancellationToken ct) =>
                TypedResults.Ok((await ScenarioOperations.PrepareAsync(board, ct)).Targets.Select(t => new ScenarioTargetDto(t.Key, t.Kind, t.Id, t.Name, t.Services, t.ServicesDown)).ToList()))
            .WithSummary("The providers, companies, countries and products a scenario can name on this board.");
    }

    private static async Task<Results<Ok<ScenarioResultDto>, ValidationProblem>> RunAsync(ScenarioRequest request, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var prepared = await ScenarioOperations.PrepareAsync(board, ct);
        var (scenario, errors) = request.Parse(prepared);
        return scenario is null
            ? TypedResults.ValidationProblem(errors, title: "Het scenario kan niet worden doorgerekend: controleer de velden.")
            : TypedResults.Ok(ScenarioResultDto.From(prepared.Run(scenario), text));
    }
}

/// <summary>A scenario as the API and the page receive it; <see cref="Parse"/> names the field that is wrong, in Dutch.</summary>
public sealed record ScenarioRequest(string? Kind, string? Target, double? Percent)
{
    public (Scenario? Scenario, Dictionary<string, string[]> Errors) Parse(ScenarioBoard board)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Scenario.TryParseKind(Kind, out var kind))
        {
            errors["kind"] = ["Kies een soort scenario: unavailable, compelled-access, product-ends of price-rise."];
            return (null, errors);
        }

        ScenarioTarget? target = null;
        if (string.IsNullOrWhiteSpace(Target))
        {
            errors["target"] = ["Kies wie of wat het scenario treft."];
        }
        else if ((target = board.FindTarget(kind, Target)) is null)
        {
            errors["target"] = [$"'{Target}' is bij dit bestuur en in de catalogus onbekend. Bekend: {string.Join(", ", board.TargetsFor(kind).Take(12).Select(t => t.Key))}."];
        }

        if (kind == ScenarioKind.PriceRise && Percent is not (> 0 and <= 1000))
        {
            errors["percent"] = ["Een prijsstijging heeft een percentage boven 0 en tot en met 1000."];
        }

        return errors.Count > 0 || target is null ? (null, errors) : (new Scenario(kind, target, kind == ScenarioKind.PriceRise ? Percent!.Value : 0), errors);
    }
}

/// <summary>A target with the services it hits directly (<c>Services</c>) and all that go down when it falls away, through dependencies too.</summary>
public sealed record ScenarioTargetDto(string Key, TargetKind Kind, string Id, string Name, int Services, int ServicesDown);

public sealed record AffectedServiceDto(
    Guid Id, string Name, Impact Impact, ReasonDocument Path, IReadOnlyList<string> Processes, int? Pupils, int? Staff,
    IReadOnlyList<string> DataCategories, decimal? AnnualCost, decimal? ExtraCost)
{
    public static AffectedServiceDto From(AffectedService s, UiText text) =>
        new(s.Id.Value, s.Name, s.Impact, text.Document(s.Route), s.ProcessIds, s.Pupils, s.Staff, s.DataCategories, s.AnnualCost, s.ExtraCost);
}

/// <summary>The people a scenario reaches, with the reason that explains the counts.</summary>
public sealed record PeopleAffectedDto(int PupilsAtLeast, int PupilsAtMost, int StaffAtLeast, int StaffAtMost, int ServicesWithoutCounts, ReasonDocument Explanation);

public sealed record CostImpactDto(decimal? Amount, int ServicesWithCost, int ServicesWithoutCost, ReasonDocument Explanation);

public sealed record AffectedProcessDto(string Id, string Name, int Criticality, ProcessImpact Impact, int ServicesDown, int ServicesDegraded, int ServicesSupporting, double Weight);

public sealed record ExposedCategoryDto(string Id, string Name, int Level, int PupilsAtLeast, int StaffAtLeast, IReadOnlyList<string> Services);

public sealed record ScenarioResultDto(
    string Kind, string Target, string TargetName, double Percent, ReasonDocument Title, double? Harm, ReasonDocument HarmFormula,
    IReadOnlyList<AffectedServiceDto> Down, IReadOnlyList<AffectedServiceDto> Degraded, IReadOnlyList<AffectedServiceDto> Exposed,
    IReadOnlyList<AffectedServiceDto> PriceRaised, IReadOnlyList<AffectedProcessDto> Processes, PeopleAffectedDto People,
    IReadOnlyList<ExposedCategoryDto> DataCategories, CostImpactDto Cost, IReadOnlyList<ReasonDocument> Notes, int DownDirectly, int DownThroughDependencies)
{
    public static ScenarioResultDto From(ScenarioResult r, UiText text) => new(
        Scenario.KindKey(r.Scenario.Kind), r.Scenario.Target.Key, r.Scenario.Target.Name, r.Scenario.Percent, text.Document(r.Scenario.Headline),
        r.Harm.IsKnown ? Math.Round(r.Harm.Score, 2) : null, text.Document(r.Harm.Why),
        [.. r.Down.Select(s => AffectedServiceDto.From(s, text))], [.. r.Degraded.Select(s => AffectedServiceDto.From(s, text))], [.. r.Exposed.Select(s => AffectedServiceDto.From(s, text))],
        [.. r.PriceRaised.Select(s => AffectedServiceDto.From(s, text))],
        [.. r.Processes.Select(p => new AffectedProcessDto(p.Process.Id, p.Process.Name.In(text.ApiCulture.TwoLetterISOLanguageName), p.Process.Criticality, p.Impact, p.ServicesDown, p.ServicesDegraded, p.ServicesSupporting, p.Weight))],
        new(r.People.PupilsAtLeast, r.People.PupilsAtMost, r.People.StaffAtLeast, r.People.StaffAtMost, r.People.ServicesWithoutCounts, text.Document(r.People.Why)),
        [.. r.DataCategories.Select(c => new ExposedCategoryDto(c.Id, c.Name.In(text.ApiCulture.TwoLetterISOLanguageName), c.Level, c.PupilsAtLeast, c.StaffAtLeast, c.Services))],
        new(r.Cost.IsKnown ? r.Cost.Amount : null, r.Cost.ServicesWithCost, r.Cost.ServicesWithoutCost, text.Document(r.Cost.Why)), [.. r.Remarks.Select(n => text.Document(n))],
        r.DownDirectly, r.DownThroughDependencies);
}

/// <summary>One sweep row: <c>ServicesDown</c> counts everything down, through dependencies too; <c>ServicesHitDirectly</c> those with the party in their own chain.</summary>
public sealed record SweepRowDto(string Kind, string Target, string Name, TargetKind TargetKind, double Harm, int ServicesDown, int ServicesDegraded,
    int ProcessesStopped, int ProcessesAffected, int PupilsAtLeast, int StaffAtLeast, int ServicesHitDirectly)
{
    public static SweepRowDto From(SweepRow r) => new(
        Scenario.KindKey(r.Scenario.Kind), r.Scenario.Target.Key, r.Scenario.Target.Name, r.Scenario.Target.Kind, Math.Round(r.Harm, 2),
        r.ServicesDown, r.ServicesDegraded, r.ProcessesStopped, r.ProcessesAffected, r.PupilsAtLeast, r.StaffAtLeast, r.ServicesHitDirectly);
}

public sealed record SweepDto(ReasonDocument Formula, IReadOnlyList<SweepRowDto> Rows);
