using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Services;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Priorities;

public sealed record PriorityDto(
    int Rank, Guid Id, string Name, string Band, int BandRank, double Urgency, int Criticality, double Risk, double Exposure, double Mitigation,
    [property: JsonConverter(typeof(CamelCaseEnumConverter<RiskQuadrant>))] RiskQuadrant Quadrant, int Score, int Seal,
    IReadOnlyList<ReasonDocument> Reasons, ReasonDocument Formula, ReasonDocument CriticalityFormula, ReasonDocument RiskFormula,
    IReadOnlyList<ReasonDocument> RiskReasons, MitigationInput Checks);

/// <summary>Services ranked by urgency, and the mitigation checks that move them.</summary>
public static class PrioritiesEndpoints
{
    public static void MapPrioritiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/priorities", PrioritiesAsync).WithTags("Planning")
            .WithSummary("Services ranked by urgency (band, criticality, figure) with the quadrant, the formulas and their reasons. Paged as /services (?page=&pageSize=, X-Total-Count, Link).");
        api.MapPut("/services/{id:guid}/mitigation", MitigationAsync).WithTags("Planning")
            .WithSummary("Sets the six mitigation checks of one service; returns its new place in the priorities.");
    }

    private static async Task<JsonAnswer<List<PriorityDto>>> PrioritiesAsync(int? page, int? pageSize, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(await board.RankedAsync(ct));
        shown.Describe(http.Response);
        return await board.JsonAsync($"priorities:{text.ApiCulture.Name}:{shown.Number}:{shown.Size}",
            () => shown.Items.Select((a, i) => ToPriority(a, shown.Skipped + i + 1, text)).ToList(), http, ct);
    }

    public static PriorityDto ToPriority(ServiceAssessment a, int rank, UiText text)
    {
        var m = a.Service.Service.MitigationOrNone;
        return new(rank, a.Service.Id.Value, a.Service.Name, a.Urgency.Band, a.Urgency.BandRank, Math.Round(a.Urgency.Value, 2), a.Criticality.Value,
            Math.Round(a.Risk.Value, 2), Math.Round(a.Risk.Exposure, 3), Math.Round(a.Risk.Mitigation, 3), a.Urgency.InQuadrant,
            a.Sovereignty.RoundedScore, a.Sovereignty.Seal, [.. a.Urgency.Why.Select(text.Document)], text.Document(a.Urgency.Calculation),
            text.Document(a.Criticality.Calculation), text.Document(a.Risk.Calculation), [.. a.Risk.Why.Select(text.Document)],
            MitigationChecks.ToInput(m));
    }

    private static async Task<Results<Ok<PriorityDto>, ValidationProblem, ProblemHttpResult>> MitigationAsync(
        Guid id, MitigationInput input, RegieDbContext db, BoardAnalysis board, UiText text, CancellationToken ct)
    {
        var errors = await MitigationOperations.SaveAsync(db, new ServiceId(id), input, ct);
        if (errors is null)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "De beheersmaatregelen zijn niet opgeslagen.");
        }

        board.Invalidate();
        var ranked = await board.RankedAsync(ct);
        var index = ranked.Select((a, i) => (a, i)).Single(x => x.a.Service.Id.Value == id).i;
        return TypedResults.Ok(ToPriority(ranked[index], index + 1, text));
    }
}
