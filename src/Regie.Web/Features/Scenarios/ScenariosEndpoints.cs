using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Scenarios;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Scenarios;

/// <summary>What-if scenarios on the current board, and the sweep of every party and country ranked by harm.</summary>
public static class ScenariosEndpoints
{
    public static void MapScenariosApi(this RouteGroupBuilder api)
    {
        var scenarios = api.MapGroup("/scenarios").WithTags("Scenarios");
        scenarios.MapGet("/run", (string? kind, string? target, double? percent, BoardAnalysis board, CancellationToken ct) =>
                RunAsync(new ScenarioRequest(kind, target, percent), board, ct))
            .WithSummary("Runs one scenario: kind = unavailable, compelled-access, product-ends or price-rise; target = e.g. microsoft, provider:aws, US; percent for a price rise.");
        scenarios.MapPost("/run", (ScenarioRequest request, BoardAnalysis board, CancellationToken ct) => RunAsync(request, board, ct))
            .WithSummary("Runs one scenario given in the body ({ kind, target, percent }).");
        scenarios.MapGet("/sweep", async (BoardAnalysis board, CancellationToken ct) =>
            {
                var sweep = (await ScenarioOperations.PrepareAsync(board, ct)).RunSweep();
                return TypedResults.Ok(new SweepDto(sweep.Formula, [.. sweep.Rows.Select(SweepRowDto.From)]));
            })
            .WithSummary("Every hosting provider, company in the ownership chains and country falling away, ranked by harm.");
        scenarios.MapGet("/targets", async (BoardAnalysis board, CancellationToken ct) =>
                TypedResults.Ok((await ScenarioOperations.PrepareAsync(board, ct)).Targets.Select(t => new ScenarioTargetDto(t.Key, t.Kind, t.Id, t.Name, t.Services)).ToList()))
            .WithSummary("The providers, companies, countries and products a scenario can name on this board.");
    }

    private static async Task<Results<Ok<ScenarioResultDto>, ValidationProblem>> RunAsync(ScenarioRequest request, BoardAnalysis board, CancellationToken ct)
    {
        var prepared = await ScenarioOperations.PrepareAsync(board, ct);
        var (scenario, errors) = request.Parse(prepared);
        return scenario is null
            ? TypedResults.ValidationProblem(errors, title: "Het scenario kan niet worden doorgerekend: controleer de velden.")
            : TypedResults.Ok(ScenarioResultDto.From(prepared.Run(scenario)));
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

public sealed record ScenarioTargetDto(string Key, TargetKind Kind, string Id, string Name, int Services);

public sealed record AffectedServiceDto(
    Guid Id, string Name, Impact Impact, string Path, IReadOnlyList<string> Processes, int? Pupils, int? Staff,
    IReadOnlyList<string> DataCategories, decimal? AnnualCost, decimal? ExtraCost)
{
    public static AffectedServiceDto From(AffectedService s) =>
        new(s.Id.Value, s.Name, s.Impact, s.Path, s.ProcessIds, s.Pupils, s.Staff, s.DataCategories, s.AnnualCost, s.ExtraCost);
}

public sealed record AffectedProcessDto(string Id, string Name, int Criticality, ProcessImpact Impact, int ServicesDown, int ServicesDegraded, int ServicesSupporting, double Weight);

public sealed record ExposedCategoryDto(string Id, string Name, int Level, int PupilsAtLeast, int StaffAtLeast, IReadOnlyList<string> Services);

public sealed record ScenarioResultDto(
    string Kind, string Target, string TargetName, double Percent, string Title, double Harm, string HarmFormula,
    IReadOnlyList<AffectedServiceDto> Down, IReadOnlyList<AffectedServiceDto> Degraded, IReadOnlyList<AffectedServiceDto> Exposed,
    IReadOnlyList<AffectedServiceDto> PriceRaised, IReadOnlyList<AffectedProcessDto> Processes, PeopleAffected People,
    IReadOnlyList<ExposedCategoryDto> DataCategories, CostImpact Cost, IReadOnlyList<string> Notes)
{
    public static ScenarioResultDto From(ScenarioResult r) => new(
        Scenario.KindKey(r.Scenario.Kind), r.Scenario.Target.Key, r.Scenario.Target.Name, r.Scenario.Percent, r.Scenario.Title,
        Math.Round(r.Harm.Score, 2), r.Harm.Formula,
        [.. r.Down.Select(AffectedServiceDto.From)], [.. r.Degraded.Select(AffectedServiceDto.From)], [.. r.Exposed.Select(AffectedServiceDto.From)],
        [.. r.PriceRaised.Select(AffectedServiceDto.From)],
        [.. r.Processes.Select(p => new AffectedProcessDto(p.Process.Id, p.Process.Name.Nl, p.Process.Criticality, p.Impact, p.ServicesDown, p.ServicesDegraded, p.ServicesSupporting, p.Weight))],
        r.People,
        [.. r.DataCategories.Select(c => new ExposedCategoryDto(c.Id, c.Name.Nl, c.Level, c.PupilsAtLeast, c.StaffAtLeast, c.Services))],
        r.Cost, r.Notes);
}

public sealed record SweepRowDto(string Kind, string Target, string Name, TargetKind TargetKind, double Harm, int ServicesDown, int ServicesDegraded,
    int ProcessesStopped, int ProcessesAffected, int PupilsAtLeast, int StaffAtLeast)
{
    public static SweepRowDto From(SweepRow r) => new(
        Scenario.KindKey(r.Scenario.Kind), r.Scenario.Target.Key, r.Scenario.Target.Name, r.Scenario.Target.Kind, Math.Round(r.Harm, 2),
        r.ServicesDown, r.ServicesDegraded, r.ProcessesStopped, r.ProcessesAffected, r.PupilsAtLeast, r.StaffAtLeast);
}

public sealed record SweepDto(string Formula, IReadOnlyList<SweepRowDto> Rows);
