using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Knowledge;
using Regie.Core.Scoring;
using Regie.Core.Verdict;
using Regie.Data;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Dashboard;

/// <summary>The board itself.</summary>
public static class DashboardEndpoints
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisations", (CurrentBoard board, BoardAnalysis analysis) =>
                TypedResults.Ok(board.Organisation is { } o ? new List<OrganisationDto> { o.ToDto(analysis.ProfileId) } : []))
            .WithTags("Organisations").WithSummary("The current organisation: the X-Regie-Organisation header, else the board Regie:Board names, else the board created first.");

        api.MapGet("/verdict", async (CurrentBoard board, BoardAnalysis analysis, UiText text, RegieKnowledge knowledge, CancellationToken ct) =>
            {
                var verdict = await analysis.VerdictAsync(ct);
                var organisation = (await analysis.LandscapeAsync(ct)).Organisation;
                return TypedResults.Ok(VerdictDocument.From(
                    verdict, await analysis.AssessmentAsync(ct), text.ApiCulture, new AssessedOrganisation(organisation.Id.Value, organisation.Name),
                    knowledge.Catalog.Version));
            })
            .WithTags("Verdict")
            .WithSummary("The board's verdict: standings, root causes with their what-if lifts, the decision plan and where to begin (the same document as `regie verdict --format json`).");
    }
}
