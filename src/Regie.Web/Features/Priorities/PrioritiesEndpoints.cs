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
            .WithSummary("Sets the six mitigation checks of one service; returns its new place in the priorities. Send the checks' version you read (`checks.version` in /priorities, the ETag of a save) as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current place and checks; without a version the save is not checked.");
    }

    private static async Task<JsonAnswer<List<PriorityDto>>> PrioritiesAsync(
        int? page, int? pageSize, BoardAnalysis board, RegieDbContext db, UiText text, HttpContext http, CancellationToken ct)
    {
        var shown = Paging.From(page, pageSize, Paging.ApiDefault).Of(await board.RankedAsync(ct));
        shown.Describe(http.Response);
        // The checks' versions change only with the board's data, as the kept answer does.
        var versions = await MitigationOperations.KeptVersionsAsync(board, db, ct);
        return await board.JsonAsync($"priorities:{text.ApiCulture.Name}:{shown.Number}:{shown.Size}",
            () => shown.Items.Select((a, i) => ToPriority(a, shown.Skipped + i + 1, text, versions.GetValueOrDefault(a.Service.Id.Value))).ToList(), http, ct);
    }

    /// <summary>One service's place; <paramref name="checksVersion"/> is the stored checks' version (<see cref="MitigationOperations.VersionOf"/>).</summary>
    public static PriorityDto ToPriority(ServiceAssessment a, int rank, UiText text, string? checksVersion)
    {
        var m = a.Service.Service.MitigationOrNone;
        return new(rank, a.Service.Id.Value, a.Service.Name, a.Urgency.Band, a.Urgency.BandRank, Math.Round(a.Urgency.Value, 2), a.Criticality.Value,
            Math.Round(a.Risk.Value, 2), Math.Round(a.Risk.Exposure, 3), Math.Round(a.Risk.Mitigation, 3), a.Urgency.InQuadrant,
            a.Sovereignty.RoundedScore, a.Sovereignty.Seal, [.. a.Urgency.Why.Select(text.Document)], text.Document(a.Urgency.Calculation),
            text.Document(a.Criticality.Calculation), text.Document(a.Risk.Calculation), [.. a.Risk.Why.Select(text.Document)],
            WithVersion(MitigationChecks.ToInput(m), checksVersion));
    }

    private static MitigationInput WithVersion(MitigationInput checks, string? version)
    {
        checks.Version = version;
        return checks;
    }

    private static async Task<Results<Ok<PriorityDto>, ValidationProblem, ProblemHttpResult>> MitigationAsync(
        Guid id, MitigationInput input, RegieDbContext db, BoardAnalysis board, UiText text, HttpContext http, CancellationToken ct)
    {
        var saving = await MitigationOperations.SaveAsync(db, new ServiceId(id), input, EditVersion.Requested(http.Request, input.Version), ct);
        if (!saving.Found)
        {
            return RegieApi.NotFound("Deze dienst");
        }

        if (saving.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(saving.Errors, title: "De beheersmaatregelen zijn niet opgeslagen.");
        }

        board.Invalidate();
        var ranked = await board.RankedAsync(ct);
        var index = ranked.Select((a, i) => (a, i)).Single(x => x.a.Service.Id.Value == id).i;
        var version = MitigationOperations.VersionOf(await db.Services.AsNoTracking().SingleAsync(s => s.Id == id, ct));
        var current = ToPriority(ranked[index], index + 1, text, version);
        if (saving.Stale)
        {
            return EditVersion.Conflict(http, "De beheersmaatregelen van deze dienst", current, version);
        }

        EditVersion.Tag(http, version);
        return TypedResults.Ok(current);
    }
}
